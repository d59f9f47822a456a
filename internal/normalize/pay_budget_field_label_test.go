package normalize

import (
	"testing"
	"time"

	"github.com/gigscout/gigscout/internal/model"
)

// Freelance pay in other languages: a pay field opening with a budget
// label (pay_budget_field_label.go), pay by the project named after the
// amount ("por projeto", "für das Projekt", "per proyek"), and a piece
// rate in rupiah (pay_rupiah.go); budget words in running text stay perks.
var foreignProjectPayCases = []truthCase{
	{name: "a Spanish budget field", p: model.Posting{Title: "Diseño de logotipo", PayText: "Presupuesto: $350 USD"}, pay: "350 350 USD project"},
	{name: "a Portuguese budget field with a range", p: model.Posting{Title: "Site institucional", PayText: "Orçamento: R$ 2.000 - R$ 3.500"}, pay: "2000 3500 BRL project"},
	{name: "reais by the project", p: model.Posting{Title: "Redator", PayText: "R$ 600 por projeto"}, pay: "600 600 BRL project"},
	{name: "euros for the whole German project", p: model.Posting{Title: "Grafikdesign", DescriptionText: "Pauschal 950 € für das gesamte Projekt."}, pay: "950 950 EUR project"},
	{name: "euros for the French mission", p: model.Posting{Title: "Rédacteur web", DescriptionText: "Rémunération : 400 € pour la mission."}, pay: "400 400 EUR project"},
	{name: "rupiah by the project", p: model.Posting{Title: "Desainer grafis", PayText: "Rp 750.000 per proyek"}, pay: "750000 750000 IDR project"},
	{name: "rupiah by the article", p: model.Posting{Title: "Penulis konten", DescriptionText: "Honor Rp 125.000 per artikel"}, pay: "125000 125000 IDR project"},
	{name: "trap: a training budget in Spanish text", p: model.Posting{Title: "Ingeniero", DescriptionText: "Ofrecemos un presupuesto de formación de 500 € al año."}, pay: "-"},
	{name: "trap: a Portuguese budget in running text", p: model.Posting{Title: "Analista", DescriptionText: "Você vai gerir um orçamento de R$ 2.000.000."}, pay: "-"},
	{name: "trap: a German hourly rate", p: model.Posting{Title: "Entwickler", PayText: "Stundensatz: 70 €"}, pay: "70 70 EUR hour"},
	{name: "trap: rupiah by the month", p: model.Posting{Title: "Staf admin", PayText: "Rp 5.000.000 per bulan"}, pay: "5e+06 5e+06 IDR month"},
}

func TestForeignProjectPayCases(t *testing.T) {
	opts := Options{Now: time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)}
	for _, tc := range foreignProjectPayCases {
		t.Run(tc.name, func(t *testing.T) { checkTruthCase(t, tc, opts) })
	}
}
