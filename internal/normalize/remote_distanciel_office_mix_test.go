package normalize

import (
	"strings"
	"testing"

	"github.com/gigscout/gigscout/internal/model"
)

// distancielOfficeMixCases pin two shapes a broad sample of remote tables missed
// (written for this file, not taken from the sources):
//   - the French noun "distanciel" (the pair of "présentiel") as a location
//     value or as a post worked "en distanciel" is remote; a mix with
//     "présentiel", training given "en distanciel" and a denial are not;
//   - a label and a spaced dash before an office/remote mix ("Flexible -
//     Office/Remote") is the same mix as the bare value: hybrid.
var distancielOfficeMixCases = []truthCase{
	{name: "distanciel location", p: model.Posting{Title: "Chargé de clientèle", Locations: []string{"Distanciel"}}, remote: "remote"},
	{name: "distanciel location full percent", p: model.Posting{Title: "Chargé de clientèle", Locations: []string{"100% distanciel"}}, remote: "remote"},
	{name: "distanciel location en", p: model.Posting{Title: "Chargé de clientèle", Locations: []string{"En distanciel"}}, remote: "remote"},
	{name: "distanciel text post", p: model.Posting{Title: "Développeur PHP", DescriptionText: "Mission de six mois en distanciel, démarrage rapide."}, remote: "remote"},
	{name: "distanciel text job", p: model.Posting{Title: "Comptable", DescriptionText: "Emploi en distanciel depuis votre domicile, horaires de bureau."}, remote: "remote"},
	{name: "distanciel text percent", p: model.Posting{Title: "Comptable", DescriptionText: "Organisation : 100 % distanciel, matériel fourni."}, remote: "remote"},

	{name: "trap: distanciel mixed with presentiel", p: model.Posting{Title: "Comptable", DescriptionText: "Organisation mixte : poste en distanciel et en présentiel selon les semaines."}, remote: "!remote"},
	{name: "trap: training given distanciel", p: model.Posting{Title: "Formateur", DescriptionText: "Vous animerez des sessions de formation en distanciel auprès de nos clients."}, remote: "unknown"},
	{name: "trap: no distanciel", p: model.Posting{Title: "Vendeur", DescriptionText: "Pas de poste en distanciel : vente en boutique."}, remote: "!remote"},

	{name: "dash label office slash remote", p: model.Posting{Title: "Designer", Locations: []string{"Flexible - Office/Remote"}}, remote: "hybrid"},
	{name: "dash city remote slash office", p: model.Posting{Title: "Designer", Locations: []string{"Leeds - Remote/Office"}}, remote: "hybrid"},
	{name: "en dash label onsite plus remote", p: model.Posting{Title: "Designer", Locations: []string{"Work style – Onsite + remote days"}}, remote: "hybrid"},

	{name: "trap: dash remote country", p: model.Posting{Title: "Designer", Locations: []string{"Remote - Canada"}}, remote: "remote"},
	{name: "trap: dash remote slash anywhere", p: model.Posting{Title: "Designer", Locations: []string{"Contract - Remote/Anywhere"}}, remote: "remote"},
}

func TestRemoteDistancielOfficeMix(t *testing.T) {
	runFieldCases(t, distancielOfficeMixCases)
	// Past minGuardedText the key regexps search windows.
	checkLongCases(t, strings.Repeat("Our bakery supplies bread to the cafés of the old town. ", 12)+"\n", checkFieldCase, distancielOfficeMixCases)
}
