package normalize

import (
	"testing"

	"github.com/gigscout/gigscout/internal/model"
)

// practicumOJTCases: practicum titles and titles opening with the
// Philippine "OJT" name student posts; those who run them, and jobs that
// only offer training, do not.
var practicumOJTCases = []truthCase{
	{name: "practicum student", p: model.Posting{Title: "Counseling Practicum Student"}, jobType: "internship"},
	{name: "practicum placement", p: model.Posting{Title: "Social Work Practicum (Spring)"}, jobType: "internship"},
	{name: "ojt opening the title", p: model.Posting{Title: "OJT - Payroll Section"}, jobType: "internship"},
	{name: "ojt trainee", p: model.Posting{Title: "OJT for IT Students", Locations: []string{"Makati, Philippines"}}, jobType: "internship"},
	// Traps.
	{name: "practicum coordinator", p: model.Posting{Title: "Practicum Coordinator"}, jobType: "unknown"},
	{name: "practicum supervisor full-time", p: model.Posting{Title: "Practicum Supervisor", EmploymentType: "Full-time"}, jobType: "full_time"},
	{name: "ojt offered in a job title", p: model.Posting{Title: "Forklift Operator (OJT available)"}, jobType: "unknown"},
	{name: "ojt coordinator", p: model.Posting{Title: "OJT Coordinator"}, jobType: "unknown"},
	{name: "ojt glued into a word", p: model.Posting{Title: "OJTX Systems Analyst"}, jobType: "unknown"},
}

func TestPracticumOJTCases(t *testing.T) { runFieldCases(t, practicumOJTCases) }
