package normalize

import (
	"testing"

	"github.com/gigscout/gigscout/internal/model"
)

// A currency's name between a labelled Spanish range and its period
// ("9,000 a 11,000 pesos mensuales") no longer hides the period. Trap: the
// name with no period and a figure too small for a year stays no pay.
func TestPaySpanishBareCurrencyName(t *testing.T) {
	runFieldCases(t, []truthCase{
		{name: "pesos monthly range", p: model.Posting{Title: "Ayudante", Locations: []string{"Monterrey, México"}, DescriptionText: "Sueldo: 9,000 a 11,000 pesos mensuales más prestaciones."}, pay: "9000 11000 MXN month"},
		{name: "soles per month", p: model.Posting{Title: "Vendedor", Locations: []string{"Arequipa, Perú"}, DescriptionText: "Remuneración de 1,800 soles al mes."}, pay: "1800 1800 PEN month"},

		{name: "trap: name, no period, small", p: model.Posting{Title: "Ayudante", Locations: []string{"Monterrey, México"}, DescriptionText: "Sueldo: 9,000 pesos."}, pay: "-"},
	})
}
