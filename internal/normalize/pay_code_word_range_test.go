package normalize

import (
	"testing"

	"github.com/gigscout/gigscout/internal/model"
)

// codeWordRangeCases pin pay_code_word_range.go and the Latin American
// codes among rangeMarks: two ends each with a code joined by "y", "e",
// "hasta", and a place's peso "$" joined by "y". Traps: a second amount
// that is something else, a second end in another code, a falling pair.
var codeWordRangeCases = []truthCase{
	{name: "sol codes joined by y", p: model.Posting{Title: "Analista", Locations: []string{"Lima, Perú"}, DescriptionText: "Sueldo entre PEN 3,200 y PEN 3,900 según experiencia."}, pay: "3200 3900 PEN month"},
	{name: "real codes joined by e", p: model.Posting{Title: "Analista", Locations: []string{"Recife, PE"}, DescriptionText: "Salário entre BRL 4.500 e BRL 5.200."}, pay: "4500 5200 BRL month"},
	{name: "peso codes joined by hasta", p: model.Posting{Title: "Analista", Locations: []string{"Puebla, México"}, DescriptionText: "Sueldo desde MXN 14,000 hasta MXN 17,000."}, pay: "14000 17000 MXN month"},
	{name: "place peso joined by y with period", p: model.Posting{Title: "Analista", Locations: []string{"Bucaramanga, Colombia"}, DescriptionText: "Salario entre $3.100.000 y $3.600.000 mensuales."}, pay: "3.1e+06 3.6e+06 COP month"},
	{name: "trap: second amount is a bonus in another code", p: model.Posting{Title: "Analista", Locations: []string{"Lima, Perú"}, DescriptionText: "Sueldo PEN 3,000 y USD 500 de bono anual."}, pay: "3000 3000 PEN month"},
	{name: "trap: falling pair", p: model.Posting{Title: "Analista", Locations: []string{"Lima, Perú"}, DescriptionText: "Sueldo PEN 3,000 y PEN 300 de movilidad."}, pay: "3000 3000 PEN month"},
}

func TestCodeWordRangeCases(t *testing.T) {
	runFieldCasesShortAndLong(t, codeWordRangeCases)
}
