package normalize

import (
	"testing"

	"github.com/gigscout/gigscout/internal/model"
)

// cfaFrancCases pin pay_cfa_franc.go and the XOF, XAF, FCFA and MAD codes
// in money.go. Traps: "CFA" as the accountant's title, "MAD" as a word in
// capitals, an amount of francs with no CFA mark.
var cfaFrancCases = []truthCase{
	{name: "fcfa a month in Dakar", p: model.Posting{Title: "Assistant comptable", Locations: []string{"Dakar, Senegal"}, PayText: "250 000 FCFA par mois"}, pay: "250000 250000 XOF month"},
	{name: "fcfa with no period is a month's", p: model.Posting{Title: "Assistant comptable", PayText: "180 000 FCFA"}, pay: "180000 180000 XOF month"},
	{name: "fcfa in Douala is the central african franc", p: model.Posting{Title: "Commercial terrain", Locations: []string{"Douala, Cameroon"}, PayText: "150 000 - 200 000 FCFA"}, pay: "150000 200000 XAF month"},
	{name: "xof code before the amount", p: model.Posting{Title: "Chargé de clientèle", PayText: "XOF 400.000 / mois"}, pay: "400000 400000 XOF month"},
	{name: "xaf code in the text", p: model.Posting{Title: "Stagiaire", DescriptionText: "Une indemnité de stage de 75 000 XAF par mois est prévue."}, pay: "75000 75000 XAF month"},
	{name: "moroccan dirham code", p: model.Posting{Title: "Téléconseiller", Locations: []string{"Casablanca, Maroc"}, PayText: "6 500 MAD par mois"}, pay: "6500 6500 MAD month"},
	{name: "trap: cfa as a qualification", p: model.Posting{Title: "CFA Level II Analyst", DescriptionText: "Candidates should hold the CFA charter and 3 years of experience."}, pay: "-"},
	{name: "trap: mad as a word in capitals", p: model.Posting{Title: "Copywriter", DescriptionText: "WE ARE MAD ABOUT 2026 CAMPAIGNS."}, pay: "-"},
}

func TestCFAFrancCases(t *testing.T) {
	runFieldCases(t, cfaFrancCases)
}
