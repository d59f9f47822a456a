package normalize

import (
	"testing"

	"github.com/gigscout/gigscout/internal/model"
)

// statusCodeFieldCases pin type_field_status_codes.go. Traps: a lower-case
// code, a code with more words in the field, a three-letter value that is
// no status code, an intern title over a full-time code.
var statusCodeFieldCases = []truthCase{
	{name: "regular part-time code as the field", p: model.Posting{Title: "Ward Clerk", EmploymentType: "RPT"}, jobType: "part_time"},
	{name: "casual code as the field", p: model.Posting{Title: "Patient Porter", EmploymentType: "CAS"}, jobType: "part_time"},
	{name: "temporary full-time code as the field", p: model.Posting{Title: "Pharmacy Technician", EmploymentType: " TFT "}, jobType: "contract"},
	{name: "regular full-time code as the field", p: model.Posting{Title: "Lab Assistant", EmploymentType: "RFT"}, jobType: "full_time"},

	{name: "trap: lower-case word", p: model.Posting{Title: "Lab Assistant", EmploymentType: "cas"}, jobType: "unknown"},
	{name: "trap: code with more words", p: model.Posting{Title: "Lab Assistant", EmploymentType: "PTR Nights Only"}, jobType: "unknown"},
	{name: "trap: other three letters", p: model.Posting{Title: "Lab Assistant", EmploymentType: "TBD"}, jobType: "unknown"},
	{name: "trap: intern title over a full-time code", p: model.Posting{Title: "Summer Student Intern", EmploymentType: "FTP"}, jobType: "internship"},
}

func TestStatusCodeFieldCases(t *testing.T) { runFieldCases(t, statusCodeFieldCases) }
