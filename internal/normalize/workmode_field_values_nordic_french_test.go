package normalize

import (
	"testing"
	"time"

	"github.com/gigscout/gigscout/internal/model"
)

// fieldValuesNordicFrenchCases pin workmode_field_values_nordic_french.go;
// traps: the words inside a sentence, a value with more in it, a reading
// that rests on the text.
var fieldValuesNordicFrenchCases = []truthCase{
	{name: "Norwegian denial", p: model.Posting{Title: "Lagermedarbeider", RemoteHint: "Ingen mulighet for hjemmekontor"}, remote: "onsite"},
	{name: "Danish denial", p: model.Posting{Title: "Lagermedarbejder", Locations: []string{"Aarhus"}, RemoteHint: "Ingen mulighed for hjemmearbejde"}, remote: "onsite"},
	{name: "Swedish denial", p: model.Posting{Title: "Lagerarbetare", RemoteHint: "Ingen möjlighet till distansarbete"}, remote: "onsite"},
	{name: "French denial", p: model.Posting{Title: "Magasinier", RemoteHint: "Télétravail non autorisé"}, remote: "onsite"},
	{name: "French frequent telework", p: model.Posting{Title: "Chef de produit", RemoteHint: "Télétravail fréquent"}, remote: "hybrid"},
	{name: "Norwegian hybrid compound", p: model.Posting{Title: "Rådgiver", Locations: []string{"Bergen"}, RemoteHint: "Hybridkontor"}, remote: "hybrid"},
	{name: "Dutch on location", p: model.Posting{Title: "Monteur", RemoteHint: "Locatie"}, remote: "onsite"},

	{name: "trap: remote only stays remote", p: model.Posting{Title: "Rådgiver", RemoteHint: "Kun hjemmekontor"}, remote: "remote"},
	{name: "trap: denial inside a sentence", p: model.Posting{Title: "Rådgiver", DescriptionText: "Hjemmekontor er mulig to dager i uken; i prøvetiden ingen hjemmekontor."}, remote: "!onsite"},
	{name: "trap: location with a place", p: model.Posting{Title: "Monteur", Locations: []string{"Locatie Zwolle"}}, remote: "!onsite"},
	{name: "trap: reading from the text", p: model.Posting{Title: "Rådgiver", Locations: []string{"Hybridkontor"}, DescriptionText: "Stillingen er 100% remote."}, remote: "remote"},
}

func TestFieldValuesNordicFrenchCases(t *testing.T) {
	opts := Options{Now: time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)}
	for _, tc := range fieldValuesNordicFrenchCases {
		t.Run(tc.name, func(t *testing.T) { checkFieldCase(t, tc, opts) })
	}
}

// FuzzFieldValueNordicFrench runs reviseFieldValuesNordicFrench on any
// field: no panic, and a change only to a reading its table holds.
func FuzzFieldValueNordicFrench(f *testing.F) {
	for _, tc := range fieldValuesNordicFrenchCases {
		f.Add(tc.p.RemoteHint)
	}
	f.Fuzz(func(t *testing.T, hint string) {
		for _, r := range []model.Remote{model.RemoteUnknown, model.RemoteRemote} {
			out := reviseFieldValuesNordicFrench(hint, nil, RemoteInfo{Remote: r, Evidence: "structured: " + hint})
			if out.Remote != r && out.Remote != fieldValueNordicFrench(hint) {
				t.Errorf("reviseFieldValuesNordicFrench(%q) from %s = %s", hint, r, out.Remote)
			}
		}
	})
}
