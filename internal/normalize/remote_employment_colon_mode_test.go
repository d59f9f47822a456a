package normalize

import (
	"testing"

	"github.com/gigscout/gigscout/internal/model"
)

// employmentColonModeCases: "<schedule>: <mode>" in the employment field
// gives the mode; a labelled yes or no is not read here.
var employmentColonModeCases = []truthCase{
	{name: "full time colon remote", p: model.Posting{Title: "Writer", EmploymentType: "Full-time: Remote"}, remote: "remote"},
	{name: "part time colon hybrid", p: model.Posting{Title: "Tutor", EmploymentType: "Part time: Hybrid"}, remote: "hybrid"},
	{name: "contract colon on site", p: model.Posting{Title: "Welder", EmploymentType: "Contract: On-site"}, remote: "onsite"},
	// Traps: a remote label answered no, and a schedule with no mode.
	{name: "remote no label", p: model.Posting{Title: "Writer", EmploymentType: "Remote: No"}, remote: "!remote"},
	{name: "schedule colon hours", p: model.Posting{Title: "Writer", EmploymentType: "Full-time: 40 hours"}, remote: "unknown"},
}

func TestEmploymentColonModeCases(t *testing.T) { runFieldCases(t, employmentColonModeCases) }
