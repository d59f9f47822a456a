package normalize

import (
	"testing"
	"time"

	"github.com/gigscout/gigscout/internal/model"
)

// latinPlaceCases pin the Latin American additions of the held check after
// the twenty-eighth outside round: a pay field with no currency in Bolivia,
// Peru, Chile, Colombia, Argentina or Uruguay is in the local money (it
// was read as dollars), and the Spanish type fields "por contrato",
// "independiente" and "contratista" are contracts.
var latinPlaceCases = []truthCase{
	{name: "uruguay bare monthly field", p: model.Posting{Title: "Cajero", Locations: []string{"Montevideo, Uruguay"}, PayText: "38000 per month"}, pay: "38000 38000 UYU month"},
	{name: "peru bare monthly field", p: model.Posting{Title: "Cajero", Locations: []string{"Arequipa, Peru"}, PayText: "2600 per month"}, pay: "2600 2600 PEN month"},
	{name: "bolivia bare monthly field", p: model.Posting{Title: "Cajero", Locations: []string{"Cochabamba, Bolivia"}, PayText: "4100 per month"}, pay: "4100 4100 BOB month"},
	{name: "trap: a us town stays in dollars", p: model.Posting{Title: "Cashier", Locations: []string{"Lima, OH"}, PayText: "2600 per month"}, pay: "2600 2600 USD month"},
	{name: "trap: a stated dollar in peru stays", p: model.Posting{Title: "Analista", Locations: []string{"Lima, Peru"}, PayText: "USD 1,800 per month"}, pay: "1800 1800 USD month"},
	{name: "por contrato field", p: model.Posting{Title: "Chofer", EmploymentType: "POR_CONTRATO"}, jobType: "contract"},
	{name: "independiente field", p: model.Posting{Title: "Diseñadora", EmploymentType: "Independiente"}, jobType: "contract"},
	{name: "contratista field", p: model.Posting{Title: "Electricista", EmploymentType: "Contratista"}, jobType: "contract"},
	{name: "trap: independiente inside a longer field", p: model.Posting{Title: "Diseñadora", EmploymentType: "Trabajo independiente del horario"}, jobType: "unknown"},
}

func TestLatinPlaceCases(t *testing.T) {
	opts := Options{Now: time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)}
	for _, tc := range latinPlaceCases {
		t.Run(tc.name, func(t *testing.T) { checkTruthCase(t, tc, opts) })
	}
}
