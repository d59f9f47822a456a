package normalize

import (
	"testing"
	"time"

	"github.com/gigscout/gigscout/internal/model"
)

// workCardCases: Brazilian descriptions that name the hiring regime by the
// signed work card, or write "Pessoa Jurídica" with capitals, in our own
// words, with traps.
var workCardCases = []truthCase{
	{name: "signed work card", p: model.Posting{Title: "Analista de Suporte", DescriptionText: "Oferecemos registro em carteira assinada desde o início."}, jobType: "full_time"},
	{name: "signed work card, long form", p: model.Posting{Title: "Auxiliar Administrativo", DescriptionText: "Vínculo com carteira de trabalho assinada e vale-refeição."}, jobType: "full_time"},
	{name: "signed work card with capitals", p: model.Posting{Title: "Vendedor Interno", DescriptionText: "Benefícios: Carteira Assinada, plano de saúde."}, jobType: "full_time"},
	{name: "pessoa juridica with capitals", p: model.Posting{Title: "Engenheiro de Dados", DescriptionText: "A contratação será como Pessoa Jurídica, com nota fiscal mensal."}, jobType: "contract"},
	{name: "trap: without a signed work card reads nothing", p: model.Posting{Title: "Entregador", DescriptionText: "Trabalho sem carteira assinada, pagamento por entrega."}, jobType: "unknown"},
	{name: "trap: a card wallet is no work card", p: model.Posting{Title: "Designer", DescriptionText: "Criamos carteiras digitais e cartões para bancos."}, jobType: "unknown"},
	{name: "trap: a signed contract with no card", p: model.Posting{Title: "Designer", DescriptionText: "Proposta assinada pelo cliente antes do início."}, jobType: "unknown"},
	{name: "trap: an English card note skips the scan", p: model.Posting{Title: "Designer", DescriptionText: "Our badge says carteira assinada as a joke."}, jobType: "unknown"},
	{name: "trap: a Jurassic word is no regime", p: model.Posting{Title: "Game Artist", DescriptionText: "Art for our Jurassic dinosaur park game."}, jobType: "unknown"},
}

func TestWorkCardTypes(t *testing.T) {
	opts := Options{Now: time.Date(2026, 12, 1, 0, 0, 0, 0, time.UTC)}
	for _, tc := range workCardCases {
		t.Run(tc.name, func(t *testing.T) { checkTruthCase(t, tc, opts) })
	}
}
