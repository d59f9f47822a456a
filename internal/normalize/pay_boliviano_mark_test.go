package normalize

import (
	"testing"
	"time"

	"github.com/gigscout/gigscout/internal/model"
)

// bolivianoMarkCases pin pay_boliviano_mark.go: "Bs" or "Bs." before an
// amount written with its thousands is the boliviano (the bolívar when the
// text names Venezuela's money); a small figure after "Bs" is not pay.
var bolivianoMarkCases = []truthCase{
	{name: "bs field with decimals", p: model.Posting{Title: "Cajera", Locations: []string{"Sucre, Bolivia"}, PayText: "Bs 3.150,75"}, pay: "3150.75 3150.75 BOB month"},
	{name: "bs field range with a long dash", p: model.Posting{Title: "Cajera", Locations: []string{"Sucre, Bolivia"}, PayText: "Bs 2.900 – 3.300"}, pay: "2900 3300 BOB month"},
	{name: "bs with a point in the text", p: model.Posting{Title: "Chofer", DescriptionText: "Sueldo: Bs. 3.600 mensuales, con seguro."}, pay: "3600 3600 BOB month"},
	{name: "bolivares named in the pay text", p: model.Posting{Title: "Chofer", PayText: "Bs. 6.000 a 7.000 (bolívares)"}, pay: "6000 7000 VES month"},
	{name: "trap: bs before years of experience", p: model.Posting{Title: "Chofer", DescriptionText: "Requisitos: Bs 4 años de experiencia."}, pay: "-"},
	{name: "trap: a BS degree and a year", p: model.Posting{Title: "Analyst", DescriptionText: "BS 2018 in Statistics or equivalent."}, pay: "-"},
	{name: "trap: bs glued to a word", p: model.Posting{Title: "Analyst", DescriptionText: "LabsBs 4.000 units shipped."}, pay: "-"},
}

func TestBolivianoMarkCases(t *testing.T) {
	opts := Options{Now: time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)}
	for _, tc := range bolivianoMarkCases {
		t.Run(tc.name, func(t *testing.T) { checkTruthCase(t, tc, opts) })
	}
}
