package normalize

import (
	"testing"

	"github.com/gigscout/gigscout/internal/model"
)

// frenchDistanceCases pin remote_french_distance.go; traps: a distance from
// a place, a denial, distance learning, a city with the phrase inside.
var frenchDistanceCases = []truthCase{
	{name: "location a distance", p: model.Posting{Title: "Rédacteur", Locations: []string{"À distance"}}, remote: "remote"},
	{name: "location without the accent", p: model.Posting{Title: "Rédacteur", Locations: []string{"a distance"}}, remote: "remote"},
	{name: "location travail a distance", p: model.Posting{Title: "Rédacteur", Locations: []string{"Travail à distance"}}, remote: "remote"},
	{name: "location 100 percent", p: model.Posting{Title: "Rédacteur", Locations: []string{"100 % à distance"}}, remote: "remote"},
	{name: "text poste a distance", p: model.Posting{Title: "Rédacteur", DescriptionText: "Il s'agit d'un poste à distance, ouvert à toute la France."}, remote: "remote"},

	{name: "trap: a distance from the station", p: model.Posting{Title: "Vendeur", DescriptionText: "Le magasin est à distance de marche de la gare : travail à distance de 5 minutes du métro."}, remote: "unknown"},
	{name: "trap: no remote work", p: model.Posting{Title: "Vendeur", DescriptionText: "Pas de travail à distance possible."}, remote: "!remote"},
	{name: "trap: distance learning", p: model.Posting{Title: "Formateur", DescriptionText: "Vous animerez des formations à distance pour nos clients."}, remote: "unknown"},
	{name: "trap: a longer location", p: model.Posting{Title: "Vendeur", Locations: []string{"Lyon, à distance de Villeurbanne"}}, remote: "!remote"},
}

func TestFrenchDistanceCases(t *testing.T) {
	runFieldCasesShortAndLong(t, frenchDistanceCases)
}

// FuzzReviseFrenchDistance runs reviseFrenchDistance on any input: no
// panic, and a remote reading only with "distance" or "distanciel" in the input.
func FuzzReviseFrenchDistance(f *testing.F) {
	for _, tc := range frenchDistanceCases {
		f.Add(tc.p.DescriptionText, "À distance")
	}
	f.Fuzz(func(t *testing.T, text, loc string) {
		out := reviseFrenchDistance([]string{loc}, text, RemoteInfo{Remote: model.RemoteUnknown})
		if out.Remote != model.RemoteUnknown && (out.Remote != model.RemoteRemote || !containsFold(text+loc, "distanc")) {
			t.Errorf("reviseFrenchDistance(%q, %q) = %s", text, loc, out.Remote)
		}
	})
}
