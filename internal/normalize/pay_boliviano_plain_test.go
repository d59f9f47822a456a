package normalize

import (
	"testing"
	"time"

	"github.com/gigscout/gigscout/internal/model"
)

// bolivianoPlainCases pin pay_boliviano_plain.go: a plain four-digit figure
// after "Bs" is a wage when the text names a salary or a month in Spanish.
// Traps: the same figure with no such word, three digits, a BS degree year,
// and bolívares named in the text.
var bolivianoPlainCases = []truthCase{
	{name: "plain figure with sueldo and a month word", p: model.Posting{Title: "Cajero", PayText: "Sueldo: Bs. 7200 mensuales"}, pay: "7200 7200 BOB month"},
	{name: "plain figure in running text al mes", p: model.Posting{Title: "Chofer", DescriptionText: "Ofrecemos un salario de Bs 4800 al mes y seguro."}, pay: "4800 4800 BOB month"},
	{name: "plain figure with bolivares named", p: model.Posting{Title: "Vendedor", PayText: "Bs. 4500 mensual (bolívares)"}, pay: "4500 4500 VES month"},

	{name: "trap: plain figure with no salary word", p: model.Posting{Title: "Analista", DescriptionText: "Requisitos: Bs 2019 egresado de la carrera."}, pay: "-"},
	{name: "trap: three digits", p: model.Posting{Title: "Cajero", PayText: "Bs 850 mensuales"}, pay: "-"},
	{name: "trap: a BS degree and a year", p: model.Posting{Title: "Analyst", DescriptionText: "BS 2018 in Statistics; salary discussed at interview."}, pay: "-"},
}

func TestBolivianoPlainCases(t *testing.T) {
	opts := Options{Now: time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)}
	for _, tc := range bolivianoPlainCases {
		t.Run(tc.name, func(t *testing.T) { checkTruthCase(t, tc, opts) })
	}
}
