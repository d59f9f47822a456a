package normalize

import (
	"testing"

	"github.com/gigscout/gigscout/internal/model"
)

// A short French job line naming on-site work with "présentiel".
// Written in our own words.
func TestShortFrenchOnsite(t *testing.T) {
	cases := []postingModeCase{
		{"short line with présentiel", model.Posting{Title: "Dev", DescriptionText: "CDI java présentiel Nantes"}, model.RemoteOnsite},
		{"présentiel and a city", model.Posting{Title: "Comptable", DescriptionText: "Présentiel Lille"}, model.RemoteOnsite},
		{"feminine form", model.Posting{Title: "Comptable", DescriptionText: "Mission présentielle Rennes"}, model.RemoteOnsite},
		// traps
		{"distance line stays", model.Posting{Title: "Formateur", DescriptionText: "Formation en distanciel"}, model.RemoteUnknown},
		{"hybrid line stays hybrid", model.Posting{Title: "Dev", DescriptionText: "CDI hybride Nantes"}, model.RemoteHybrid},
		{"long text is not a line", model.Posting{Title: "Formateur", DescriptionText: "Vous animerez des formations en présentiel auprès de nos clients, dans toute la région."}, model.RemoteUnknown},
	}
	runPostingModeCases(t, cases)
}
