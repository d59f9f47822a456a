package normalize

import (
	"testing"

	"github.com/gigscout/gigscout/internal/model"
)

// TestPortuguesePluralsAndCandidateFee pins plural pay words before an
// amount ("Salários de até R$ 18 mil", Spanish "sueldos de"), "ganhos" as
// earnings, and an amount the candidate is said to pay as a fee (round
// 128's held misses, after scoring). Traps: a singular word keeps its
// reading, a fee paid by the company to the candidate stays pay, and an
// amount with no pay word stays unread.
func TestPortuguesePluralsAndCandidateFee(t *testing.T) {
	runFieldCases(t, []truthCase{
		{name: "plural salaries with até", p: model.Posting{Title: "Técnico", DescriptionText: "Concurso com salários de até R$ 18 mil para técnicos."}, pay: "18000 18000 BRL month"},
		{name: "ganhos", p: model.Posting{Title: "Técnico", DescriptionText: "Ganhos de R$ 7.450,20 no primeiro ano."}, pay: "7450.2 7450.2 BRL month"},
		{name: "spanish plural sueldos", p: model.Posting{Title: "Analista", DescriptionText: "Ofrecemos sueldos de S/ 4,000 mensuales."}, pay: "4000 4000 PEN month"},
		{name: "candidate pays a fee", p: model.Posting{Title: "Técnico", DescriptionText: "O candidato paga R$ 80 de inscrição até sexta."}, pay: "-"},
		{name: "candidates must pay", p: model.Posting{Title: "Analista", DescriptionText: "Los candidatos deben pagar una cuota de $150 para el examen."}, pay: "-"},
		{name: "trap: singular salary", p: model.Posting{Title: "Técnico", DescriptionText: "Salário de R$ 4.200,00 mensais."}, pay: "4200 4200 BRL month"},
		{name: "trap: company pays the candidate", p: model.Posting{Title: "Técnico", DescriptionText: "A empresa paga ao candidato R$ 3.100,00 por mês."}, pay: "3100 3100 BRL month"},
		{name: "trap: bare amount", p: model.Posting{Title: "Técnico", DescriptionText: "Taxa do processo: R$ 95."}, pay: "-"},
	})
}
