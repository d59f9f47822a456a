package normalize

import (
	"testing"
	"time"

	"github.com/gigscout/gigscout/internal/model"
)

// bareFrenchCJKCases pin two currency-less pay fields: a French or Spanish
// yearly or monthly adjective after the amount ("35K à 38K annuels",
// "1800 mensuels") with "à" joining a range, and Chinese amounts in 千
// (thousands) as a month's pay ("6千-9千"). Traps: a count of thousands
// that is no pay, a range over the month sizes.
var bareFrenchCJKCases = []truthCase{
	{name: "french k range joined by a", p: model.Posting{Title: "Analyste", Locations: []string{"Lyon, France"}, PayText: "42K à 46K annuels"}, pay: "42000 46000 EUR year"},
	{name: "french plain range with a dash", p: model.Posting{Title: "Analyste", Locations: []string{"Lyon, France"}, PayText: "41000 - 45000 annuels"}, pay: "41000 45000 EUR year"},
	{name: "french monthly adjective", p: model.Posting{Title: "Vendeur", Locations: []string{"Lille, France"}, PayText: "1900 mensuels"}, pay: "1900 1900 EUR month"},
	{name: "spanish yearly adjective", p: model.Posting{Title: "Analista", Locations: []string{"Madrid, Spain"}, PayText: "28000 anuales"}, pay: "28000 28000 EUR year"},
	{name: "chinese thousands range", p: model.Posting{Title: "Engineer", Locations: []string{"Shanghai, China"}, PayText: "6千-9千"}, pay: "6000 9000 CNY month"},
	{name: "chinese thousands single", p: model.Posting{Title: "Engineer", Locations: []string{"Shanghai, China"}, PayText: "7千"}, pay: "7000 7000 CNY month"},
	// traps
	{name: "trap: a count in thousands is no pay", p: model.Posting{Title: "Engineer", Locations: []string{"Shanghai, China"}, PayText: "0.5千"}, pay: "-"},
	{name: "trap: a small french figure with no period", p: model.Posting{Title: "Analyste", Locations: []string{"Lyon, France"}, PayText: "35 à 38"}, pay: "-"},
}

func TestBareFrenchCJK(t *testing.T) {
	opts := Options{Now: time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)}
	for _, tc := range bareFrenchCJKCases {
		t.Run(tc.name, func(t *testing.T) { checkTruthCase(t, tc, opts) })
	}
}
