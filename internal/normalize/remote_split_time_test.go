package normalize

import (
	"testing"

	"github.com/gigscout/gigscout/internal/model"
)

// A week split between home and the office is hybrid, with the time named
// between the verb and the places (homeOfficeMix, remote.go); a bill split
// between budgets is no week.
func TestHomeOfficeMixTime(t *testing.T) {
	runFieldCasesShortAndLong(t, []truthCase{
		{name: "split time between an office and home", p: model.Posting{Title: "Content Intern", Locations: []string{"Tampa, FL"},
			DescriptionText: "Interns split time between our Tampa office and home."}, remote: "hybrid"},
		{name: "split their week between home and the office", p: model.Posting{Title: "Content Intern",
			DescriptionText: "Staff split their week between home and the office."}, remote: "hybrid"},
		{name: "trap: a bill split between budgets", p: model.Posting{Title: "Content Intern", Locations: []string{"Tampa, FL"},
			DescriptionText: "We split the cost between home and office budgets."}, remote: "unknown"},
	})
	for _, s := range append(keyTexts(t), "Interns split time between our Tampa office and home.", "a mix of home and office", "balance your working week between home and the office") {
		checkKey(t, "homeOfficeMix", homeOfficeMix, s)
	}
}
