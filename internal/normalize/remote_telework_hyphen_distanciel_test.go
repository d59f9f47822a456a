package normalize

import (
	"strings"
	"testing"

	"github.com/gigscout/gigscout/internal/model"
)

// teleworkHyphenCases pin the hyphenated "télé-travail" spelling, read as
// "télétravail" is; traps: the same spelling denied and split in days.
var teleworkHyphenCases = []truthCase{
	{name: "hyphen telework allowed narrows as the plain spelling does", p: model.Posting{Title: "Comptable", DescriptionText: "Le télé-travail est possible, avec de rares visites clients."}, remote: "hybrid"},
	{name: "plain spelling allowed", p: model.Posting{Title: "Comptable", DescriptionText: "Le télétravail est possible, avec de rares visites clients."}, remote: "hybrid"},
	{name: "hyphen telework full", p: model.Posting{Title: "Comptable", DescriptionText: "Poste en télé-travail complet depuis votre domicile."}, remote: "remote"},
	{name: "hyphen telework bare", p: model.Posting{Title: "Comptable", Locations: []string{"Télé-travail"}}, remote: "remote"},
	{name: "trap: hyphen telework denied", p: model.Posting{Title: "Comptable", DescriptionText: "Poste basé à Nantes, pas de télé-travail."}, remote: "!remote"},
	{name: "trap: hyphen telework two days", p: model.Posting{Title: "Comptable", DescriptionText: "Bureau à Nantes, télé-travail 2 jours par semaine."}, remote: "hybrid"},
}

func TestRemoteTeleworkHyphen(t *testing.T) {
	runFieldCases(t, teleworkHyphenCases)
}

// distancielModeCases pin "mode distanciel" and "distanciel permanent" in a
// description; traps: a course given that way, a mix with présentiel.
var distancielModeCases = []truthCase{
	{name: "work mode distanciel", p: model.Posting{Title: "Traducteur", DescriptionText: "Mission longue, en mode distanciel depuis chez vous."}, remote: "remote"},
	{name: "distanciel for good", p: model.Posting{Title: "Traducteur", DescriptionText: "Organisation : distanciel permanent, points hebdomadaires en visio."}, remote: "remote"},
	{name: "trap: a course in mode distanciel", p: model.Posting{Title: "Traducteur", DescriptionText: "Vous suivrez une formation en mode distanciel lors de votre arrivée."}, remote: "unknown"},
	{name: "trap: mode distanciel beside presentiel", p: model.Posting{Title: "Traducteur", DescriptionText: "Alternance entre mode distanciel et présentiel selon les semaines."}, remote: "!remote"},
}

func TestRemoteDistancielMode(t *testing.T) {
	runFieldCases(t, distancielModeCases)
	checkLongCases(t, strings.Repeat("Nous traduisons des notices techniques pour l'industrie. ", 10)+"\n", checkFieldCase, distancielModeCases)
}
