package normalize

import (
	"testing"

	"github.com/gigscout/gigscout/internal/model"
)

// spanishMarkedRangeCases: ranges in marked Latin American currencies
// joined by "y", "al" or "hasta", and amounts offered "más prestaciones",
// in our own words, with traps.
var spanishMarkedRangeCases = []truthCase{
	{name: "quetzal range joined by y", p: model.Posting{Title: "Analista de datos", DescriptionText: "Ofrecemos un salario entre Q9,500 y Q11,000 mensuales."}, pay: "9500 11000 GTQ month"},
	{name: "quetzal range with benefits on top", p: model.Posting{Title: "Contador", DescriptionText: "Pagamos entre Q9,500 y Q11,000 más prestaciones de ley."}, pay: "9500 11000 GTQ month"},
	{name: "quetzal amount with benefits on top", p: model.Posting{Title: "Contador", DescriptionText: "Te ofrecemos Q7,800 + prestaciones."}, pay: "7800 7800 GTQ month"},
	{name: "sol range joined by hasta", p: model.Posting{Title: "Desarrollador", PayText: "S/ 2,800 hasta S/ 3,300 mensuales"}, pay: "2800 3300 PEN month"},
	{name: "quetzal range joined by al", p: model.Posting{Title: "Vendedor", PayText: "de Q6,000 al Q7,500"}, pay: "6000 7500 GTQ month"},
	// Traps: no second end of the same size and mark, no range.
	{name: "amount and a count", p: model.Posting{Title: "Analista", PayText: "Q5,000 y 2 semanas de vacaciones"}, pay: "5000 5000 GTQ month"},
	{name: "salary and a smaller bonus", p: model.Posting{Title: "Analista", PayText: "Q5,000 y Q1,000 de bono"}, pay: "5000 5000 GTQ month"},
	{name: "second amount far too big", p: model.Posting{Title: "Analista", PayText: "Q5,000 y Q90,000"}, pay: "5000 5000 GTQ month"},
	{name: "quarters stay quarters", p: model.Posting{Title: "Analista", DescriptionText: "Entregas en Q3 y Q4 de 2026."}, pay: "-"},
	{name: "benefits after an amount with no pay cue in English", p: model.Posting{Title: "Analyst", DescriptionText: "Revenue of Q9,000 plus growth."}, pay: "-"},
}

func TestSpanishMarkedRangeCases(t *testing.T) { runFieldCases(t, spanishMarkedRangeCases) }
