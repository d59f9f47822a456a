package normalize

import (
	"testing"

	"github.com/gigscout/gigscout/internal/model"
)

// TestWorldExceptOtherLanguages pins worldExcept's Spanish, Portuguese,
// French, German and Italian forms (region_where_from.go): the whole world
// but some countries is no scope of ours, and the countries left out are
// not its regions. Traps: a country named after "salvo" that is a scope
// ("solo desde México, salvo festivos"), and the English form as before.
func TestWorldExceptOtherLanguages(t *testing.T) {
	runFieldCases(t, []truthCase{
		{name: "es any country except", p: model.Posting{Title: "Diseñador", DescriptionText: "Trabajo 100% remoto desde cualquier país excepto Venezuela."}, regions: "none"},
		{name: "pt anywhere except", p: model.Posting{Title: "Designer", DescriptionText: "Vaga remota: trabalhe de qualquer lugar, exceto Cuba e Irã."}, regions: "none"},
		{name: "fr anywhere except", p: model.Posting{Title: "Rédacteur", DescriptionText: "Poste en télétravail, ouvert partout sauf en Russie."}, regions: "none"},
		{name: "de worldwide except", p: model.Posting{Title: "Entwickler", DescriptionText: "Remote-Stelle, weltweit außer Russland."}, regions: "none"},
		{name: "it anywhere except", p: model.Posting{Title: "Traduttore", DescriptionText: "Lavoro da remoto ovunque tranne la Cina."}, regions: "none"},
		{name: "en as before", p: model.Posting{Title: "Writer", DescriptionText: "Remote role, open to candidates anywhere except China."}, regions: "none"},
		{name: "trap: only one country, save holidays", p: model.Posting{Title: "Soporte", DescriptionText: "Trabajo remoto solo desde México, salvo festivos."}, regions: "MX"},
	})
}
