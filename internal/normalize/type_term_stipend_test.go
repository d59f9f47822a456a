package normalize

import (
	"testing"

	"github.com/gigscout/gigscout/internal/model"
)

// A lump stipend for a school term is the term's pay: the internship stays
// an internship (isMicro, termStipend); a short project's fee still makes a
// micro-internship. With them, contract and project wording met in the
// same probes: a seasonal summer position, a one-off task, a summer
// research fellowship for undergraduates.
func TestTermStipendAndTypeWording(t *testing.T) {
	runFieldCases(t, []truthCase{
		{name: "summer stipend under a funding label", p: model.Posting{Title: "Research Intern", DescriptionText: "Funding: $4,500 summer stipend. Work with a lab on soil samples."},
			pay: "4500 4500 USD project", jobType: "internship"},
		{name: "stipend for the semester", p: model.Posting{Title: "Policy Intern", DescriptionText: "Interns receive a stipend of $2,000 for the semester."},
			pay: "2000 2000 USD project", jobType: "internship"},
		{name: "trap: a project fee is still micro", p: model.Posting{Title: "Marketing Intern", DescriptionText: "A $400 stipend for the project, about 15 hours."},
			pay: "400 400 USD project", jobType: "micro_internship"},
		{name: "trap: company funding is no pay", p: model.Posting{Title: "Research Intern", DescriptionText: "We closed $5,000,000 in funding last spring."}, pay: "-"},
		{name: "seasonal summer position", p: model.Posting{Title: "Camp Counselor", DescriptionText: "A seasonal summer position from June to August."}, jobType: "contract"},
		{name: "one-off task", p: model.Posting{Title: "Spreadsheet Cleanup", DescriptionText: "A one-off task: tidy 400 rows of survey data."}, jobType: "project"},
		{name: "fixed-term until a date", p: model.Posting{Title: "Records Officer", DescriptionText: "Fixed-term until 31 August, full time."}, jobType: "contract"},
		{name: "summer research fellowship", p: model.Posting{Title: "Research Fellow", DescriptionText: "An 8-week summer research fellowship for undergraduates."}, jobType: "internship"},
	})
}
