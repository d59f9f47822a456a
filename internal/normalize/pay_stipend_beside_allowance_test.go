package normalize

import (
	"testing"
	"time"

	"github.com/gigscout/gigscout/internal/model"
)

// Student pay beside allowances that are no pay: a
// Brazilian "auxílio" for home office, transport or meals next to the
// internship's "bolsa-auxílio", and a travel or transport reimbursement
// or grant next to a research program's stipend (this project's own
// words).
var stipendAllowanceCases = []truthCase{
	{name: "home office allowance with a period is no pay", p: model.Posting{Title: "Estágio em Dados", DescriptionText: "O que oferecemos: bolsa-auxílio de R$ 1.700,00. Auxílio home office de R$ 120,00 por mês. Plano de saúde."}, pay: "1700 1700 BRL month"},
	{name: "transport allowance after a colon is no pay", p: model.Posting{Title: "Estágio Jurídico", DescriptionText: "Bolsa de estágio: R$ 1.250,00; auxílio-transporte: R$ 220,00/mês."}, pay: "1250 1250 BRL month"},
	{name: "a meal allowance alone is no pay", p: model.Posting{Title: "Estágio em Vendas", DescriptionText: "Benefícios: auxílio alimentação de R$ 600/mês e seguro de vida."}, pay: "-"},
	{name: "trap: the stipend named bolsa auxilio is pay", p: model.Posting{Title: "Estágio em Marketing", DescriptionText: "Bolsa auxílio: R$ 1.100 por mês, 6 horas diárias."}, pay: "1100 1100 BRL month"},
	{name: "trap: hyphenated bolsa-auxílio in capitals is pay", p: model.Posting{Title: "Estágio em Finanças", DescriptionText: "BOLSA-AUXÍLIO DE R$ 1.350,00 MENSAIS"}, pay: "1350 1350 BRL month"},
	{name: "transportation reimbursement beside a stipend", p: model.Posting{Title: "Summer Research Scholar", PayText: "Stipend and dorm room provided, amount not stated; $350 transportation reimbursement"}, pay: "-"},
	{name: "travel grant after a summer stipend", p: model.Posting{Title: "Undergraduate Research Fellow", PayText: "$4,500 stipend plus a $600 travel grant"}, pay: "4500 4500 USD project"},
	{name: "trap: a lone travel grant is no pay", p: model.Posting{Title: "Conference Scholar", DescriptionText: "Selected students receive a $900 travel grant."}, pay: "-"},
}

func TestStipendAllowanceCases(t *testing.T) {
	opts := Options{Now: time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)}
	for _, tc := range stipendAllowanceCases {
		t.Run(tc.name, func(t *testing.T) { checkTruthCase(t, tc, opts) })
	}
}
