package normalize

import (
	"testing"

	"github.com/gigscout/gigscout/internal/model"
)

// A French telework share given as a percentage, and a French denial
// of telework with "aucun". Written in our own words.
func TestRemoteFrenchTeleworkShare(t *testing.T) {
	cases := []postingModeCase{
		{"share up to half the time", model.Posting{Title: "Comptable", DescriptionText: "Télétravail jusqu'à 50% du temps, bureaux à Nantes."}, model.RemoteHybrid},
		{"share after a colon", model.Posting{Title: "Comptable", DescriptionText: "Télétravail : 40%"}, model.RemoteHybrid},
		{"verb with a share", model.Posting{Title: "Comptable", DescriptionText: "Vous pourrez télétravailler à 60% une fois formé."}, model.RemoteHybrid},
		{"verb up to a share", model.Posting{Title: "Comptable", DescriptionText: "Télétravailler jusqu'à 30% du temps."}, model.RemoteHybrid},
		{"share before the word", model.Posting{Title: "Comptable", DescriptionText: "Le poste offre 20% de télétravail."}, model.RemoteHybrid},
		{"full share is remote", model.Posting{Title: "Comptable", DescriptionText: "Télétravail 100% possible."}, model.RemoteRemote},
		{"no telework with aucun", model.Posting{Title: "Comptable", DescriptionText: "Poste sur site, aucun télétravail."}, model.RemoteOnsite},
		{"no telework option with aucune", model.Posting{Title: "Comptable", DescriptionText: "Aucune possibilité de télétravail sur ce poste."}, model.RemoteOnsite},
		// traps: a percentage not tied to telework, and aucun on another noun
		{"bonus percentage is not a share", model.Posting{Title: "Comptable", DescriptionText: "Télétravail complet. Intéressement de 10% du salaire."}, model.RemoteRemote},
		{"aucun on another noun", model.Posting{Title: "Comptable", DescriptionText: "Aucune astreinte, télétravail complet."}, model.RemoteRemote},
		{"days per week stays hybrid", model.Posting{Title: "Comptable", DescriptionText: "Télétravail 2 jours par semaine."}, model.RemoteHybrid},
		{"share above a hundred is no share", model.Posting{Title: "Comptable", DescriptionText: "Télétravail complet, 150% de croissance."}, model.RemoteRemote},
	}
	runPostingModeCases(t, cases)
}

func TestFrenchTeleworkShare(t *testing.T) {
	for _, c := range []struct {
		in   string
		want model.Remote
	}{
		{"Télétravail jusqu’à 50 % du temps", model.RemoteHybrid},
		{"télétravail à 0%", model.RemoteOnsite},
		{"Télétravail 100%", model.RemoteRemote},
		{"Télétravail possible, 20% de variable", model.RemoteUnknown},
		{"Croissance de 30% par an", model.RemoteUnknown},
	} {
		if got, _ := frenchTeleworkShare(c.in); got != c.want {
			t.Errorf("frenchTeleworkShare(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}
