package normalize

import (
	"testing"

	"github.com/gigscout/gigscout/internal/model"
)

// cueTinyYearCases pin tinyYear for a year named by a cue word before the
// amount (pay_uk_anz_boards.go): a few hundred dollars "a year" is a perk or an
// allowance, never a salary, so a later salary wins or there is no pay.
// Traps: a real yearly salary after the same cue, and an hourly rate.
var cueTinyYearCases = []truthCase{
	{name: "yearly allowance before the salary", p: model.Posting{Title: "Analyst", DescriptionText: "Yearly book allowance of $250 - $600.\nBase salary: $98,000 - $121,000 USD."}, pay: "98000 121000 USD year"},
	{name: "annual perk alone is no pay", p: model.Posting{Title: "Analyst", DescriptionText: "We add an annual fitness credit of $400 - $750."}, pay: "-"},
	{name: "trap: an annual salary after the cue", p: model.Posting{Title: "Analyst", DescriptionText: "Annual salary: $64,000 - $72,000."}, pay: "64000 72000 USD year"},
	{name: "trap: an hourly rate stays", p: model.Posting{Title: "Tutor", DescriptionText: "Hourly rate: $31 - $38."}, pay: "31 38 USD hour"},
}

func TestCueTinyYearCases(t *testing.T) { runFieldCases(t, cueTinyYearCases) }
