package normalize

import (
	"testing"

	"github.com/gigscout/gigscout/internal/model"
)

// frenchDistanceAllowedCases pin "distanciel autorisé / possible / accepté"
// in remote_french_distance.go: remote work granted in French, as "Remote
// allowed" is in English. Traps: a course given in distance mode, a mix
// with "présentiel", a denial, a hybrid schedule beside it.
var frenchDistanceAllowedCases = []truthCase{
	{name: "distanciel autorisé", p: model.Posting{Title: "Comptable", DescriptionText: "Poste basé à Lyon. Distanciel autorisé."}, remote: "remote"},
	{name: "distanciel possible", p: model.Posting{Title: "Développeur", DescriptionText: "Distanciel possible pour ce poste de développeur."}, remote: "remote"},
	{name: "distanciel acceptée", p: model.Posting{Title: "Traductrice", DescriptionText: "Candidature en distanciel acceptée."}, remote: "remote"},

	{name: "trap: course in distance mode", p: model.Posting{Title: "Formateur", DescriptionText: "Les formations en distanciel possible selon les sessions."}, remote: "unknown"},
	{name: "trap: mix with présentiel", p: model.Posting{Title: "Formateur", DescriptionText: "Alternance présentiel et distanciel possible."}, remote: "!remote"},
	{name: "trap: hybrid schedule", p: model.Posting{Title: "Analyste", DescriptionText: "Hybride : 3 jours au bureau, distanciel possible le reste de la semaine."}, remote: "hybrid"},
	{name: "trap: no distance work", p: model.Posting{Title: "Analyste", DescriptionText: "Pas de distanciel possible."}, remote: "!remote"},
}

func TestFrenchDistanceAllowedCases(t *testing.T) {
	for _, tc := range frenchDistanceAllowedCases {
		t.Run(tc.name, func(t *testing.T) { checkFieldCase(t, tc, fieldCaseOpts) })
	}
}
