package normalize

import (
	"testing"

	"github.com/gigscout/gigscout/internal/model"
)

// "hybrid" with its count of office days and no week is hybrid, even after
// a remote word in the same line. Traps: days of onboarding, a hybrid
// cloud, and a count of more than four days.
func TestRemoteHybridDaysOnsite(t *testing.T) {
	runFieldCases(t, []truthCase{
		{name: "hybrid comma days onsite", p: model.Posting{Title: "Engineer", Locations: []string{"Denver, CO"}, DescriptionText: "Remote role, hybrid 3 days onsite."}, remote: "hybrid"},
		{name: "hybrid brackets in office", p: model.Posting{Title: "Analyst", DescriptionText: "Work setting: Hybrid (2 days in office)."}, remote: "hybrid"},
		{name: "hybrid dash in person", p: model.Posting{Title: "Designer", DescriptionText: "This is hybrid - two days in person at our studio."}, remote: "hybrid"},
		{name: "remote title narrowed", p: model.Posting{Title: "Remote Engineer", Locations: []string{"Denver, CO"}, DescriptionText: "Remote role, hybrid 3 days onsite."}, remote: "hybrid"},

		{name: "trap: onboarding days", p: model.Posting{Title: "Engineer", DescriptionText: "Fully remote. The first 2 days onsite are for onboarding."}, remote: "remote"},
		{name: "trap: another team's hybrid days", p: model.Posting{Title: "Engineer", Locations: []string{"Remote"}, DescriptionText: "Fully remote. Our sales team is hybrid - two days in person."}, remote: "remote"},
		{name: "trap: hybrid cloud", p: model.Posting{Title: "Engineer", Locations: []string{"Remote"}, DescriptionText: "Run our hybrid cloud; 3 days onsite at the data centre each year."}, remote: "!hybrid"},
	})
}
