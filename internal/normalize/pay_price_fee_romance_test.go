package normalize

import (
	"testing"

	"github.com/gigscout/gigscout/internal/model"
)

// romancePriceFeeCases pin pay_price_fee_romance.go: a Portuguese,
// Spanish or French price verb or registration fee right before an amount
// is no pay. Traps: the same words after the pay, an hourly rate named
// with "taxa", and a salary in a sentence that mentions a cost elsewhere.
var romancePriceFeeCases = []truthCase{
	{name: "a course priced by the month", p: model.Posting{Title: "Atendente", DescriptionText: "A mensalidade do curso custa R$ 49,90 por mês."}, pay: "-"},
	{name: "a kit's price", p: model.Posting{Title: "Vendedor", DescriptionText: "O kit inicial custa R$ 120 e é opcional."}, pay: "-"},
	{name: "a Spanish subscription price", p: model.Posting{Title: "Soporte", DescriptionText: "La suscripción básica cuesta $15 al mes."}, pay: "-"},
	{name: "a French subscription price", p: model.Posting{Title: "Conseiller", DescriptionText: "L'abonnement coûte 9 € par mois."}, pay: "-"},
	{name: "a Portuguese registration fee", p: model.Posting{Title: "Estagiário", DescriptionText: "Remuneração a combinar; há taxa de inscrição de R$ 10 para o processo."}, pay: "-"},
	{name: "a Spanish enrolment fee with a colon", p: model.Posting{Title: "Monitor", DescriptionText: "Cuota de inscripción: 20 € por participante."}, pay: "-"},

	{name: "trap: a monthly salary beside a free pass", p: model.Posting{Title: "Auxiliar", DescriptionText: "Salário de R$ 3.200 por mês; o transporte não custa nada."}, pay: "3200 3200 BRL month"},
	{name: "trap: no fee after the pay", p: model.Posting{Title: "Analista", DescriptionText: "Remuneração: R$ 4.000 mensais, sem taxa de inscrição."}, pay: "4000 4000 BRL month"},
	{name: "trap: an hourly rate called taxa", p: model.Posting{Title: "Tradutor", DescriptionText: "Taxa horária: R$ 60 por hora."}, pay: "60 60 BRL hour"},
}

func TestRomancePriceFeeCases(t *testing.T) { runFieldCases(t, romancePriceFeeCases) }
