package normalize

import (
	"testing"

	"github.com/gigscout/gigscout/internal/model"
)

// quetzalMarkCases pin the quetzal's "Q" mark before a figure
// (pay_quetzal_mark.go). Traps: quarters ("Q2", "Q4 2026"), a "Q" glued to
// a word, and a small figure with no thousands.
var quetzalMarkCases = []truthCase{
	{name: "quetzal range a month", p: model.Posting{Title: "Asistente Contable", DescriptionText: "Sueldo: Q6,500 - Q7,800 mensuales más prestaciones de ley."}, pay: "6500 7800 GTQ month"},
	{name: "quetzal single a month in a pay field", p: model.Posting{Title: "Asistente Contable", PayText: "Q9,200 al mes"}, pay: "9200 9200 GTQ month"},

	{name: "trap: a quarter and a year", p: model.Posting{Title: "Analista", DescriptionText: "Start date in Q4 2026, with a review in Q2."}, pay: "-"},
	{name: "trap: a quarter before a count", p: model.Posting{Title: "Analista", DescriptionText: "Our Q3 target is 1,500 new users."}, pay: "-"},
	{name: "trap: a small figure", p: model.Posting{Title: "Analista", DescriptionText: "Answer Q 12 on the form."}, pay: "-"},
	{name: "trap: glued to a word", p: model.Posting{Title: "Analista", DescriptionText: "Model FAQ2,000 is listed."}, pay: "-"},
}

func TestQuetzalMarkCases(t *testing.T) {
	for _, tc := range quetzalMarkCases {
		t.Run(tc.name, func(t *testing.T) { checkFieldCase(t, tc, fieldCaseOpts) })
	}
}
