package normalize

import (
	"testing"

	"github.com/gigscout/gigscout/internal/model"
)

// French telework fields that count the days a week, and the near misses
// that keep their reading. Written in our own words; the outside tables
// are scored from outside the repository.
func TestRemoteTeleworkDayCount(t *testing.T) {
	runPostingModeCases(t, []postingModeCase{
		{"field, two days", model.Posting{Title: "Analyste SI", Locations: []string{"Télétravail 2j/semaine"}}, model.RemoteHybrid},
		{"field, three days spelled out", model.Posting{Title: "Chef de projet", Locations: []string{"Bordeaux - télétravail : 3 jours par semaine"}}, model.RemoteHybrid},
		{"field, partial, one day", model.Posting{Title: "Comptable", Locations: []string{"Télétravail partiel 1 j / sem"}}, model.RemoteHybrid},
		{"description line", model.Posting{Title: "Développeur PHP", DescriptionText: "Mission longue à Nantes.\nTélétravail 2 jours par semaine."}, model.RemoteHybrid},
		{"description past the guard", model.Posting{Title: "Développeur PHP", DescriptionText: shopsPad + "Télétravail 2 jours par semaine."}, model.RemoteHybrid},
		// traps: every day, no count, or days of something else
		{"five days stays remote", model.Posting{Title: "Analyste SI", Locations: []string{"Télétravail 5j/semaine"}}, model.RemoteRemote},
		{"bare telework stays remote", model.Posting{Title: "Analyste SI", Locations: []string{"Télétravail"}}, model.RemoteRemote},
		{"remote field narrowed by the text", model.Posting{Title: "Analyste SI", RemoteHint: "remote", DescriptionText: "Organisation : télétravail 2j/semaine."}, model.RemoteHybrid},
		{"travel days are not telework days", model.Posting{Title: "Technicien", Locations: []string{"Télétravail"}, DescriptionText: "Déplacements 2j/semaine chez nos clients."}, model.RemoteRemote},
		{"telework with no week stays remote", model.Posting{Title: "Analyste SI", Locations: []string{"Télétravail 2 ans d'expérience"}}, model.RemoteRemote},
	})
}
