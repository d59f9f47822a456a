package normalize

import (
	"testing"
	"time"

	"github.com/gigscout/gigscout/internal/model"
)

// finnishRangeWordCases pin pay_finnish_range_words.go: Finnish salary
// range compounds ("palkkaraami", "palkkahaarukka" and its case forms,
// "palkkahaitari", "palkkataso") label an amount with no period; traps: a
// candidate's salary wish, a non-pay figure after a range word far back,
// a plain "palkka" label that read before.
var finnishRangeWordCases = []truthCase{
	{name: "salary frame word", p: model.Posting{Title: "Ohjelmistokehittäjä", Locations: []string{"Tampere"}, DescriptionText: "Tehtävän palkkaraami on 4200-5200 €."}, pay: "4200 5200 EUR month"},
	{name: "salary fork in the genitive", p: model.Posting{Title: "Myyjä", Locations: []string{"Turku"}, DescriptionText: "Arvioimme palkkahaarukan olevan 3 100 € – 3 900 € kokemuksesta riippuen."}, pay: "3100 3900 EUR month"},
	{name: "salary level word", p: model.Posting{Title: "Kirjanpitäjä", Locations: []string{"Oulu"}, DescriptionText: "Palkkataso noin 3600 € kuukaudessa."}, pay: "3600 3600 EUR month"},
	{name: "salary spread in the adessive", p: model.Posting{Title: "Hoitaja", Locations: []string{"Espoo"}, DescriptionText: "Tarjoamme palkkahaitarilla 2900-3400 € liikkuvan tehtävän."}, pay: "2900 3400 EUR month"},

	{name: "trap: a salary wish is no label", p: model.Posting{Title: "Suunnittelija", Locations: []string{"Espoo"}, DescriptionText: "Kerro palkkatoiveesi, esim. 4000 € tai enemmän."}, pay: "-"},
	{name: "trap: a budget after the range word", p: model.Posting{Title: "Suunnittelija", Locations: []string{"Espoo"}, DescriptionText: "Palkkataso kerrotaan haastattelussa. Koulutusbudjetti 1500 € vuodessa."}, pay: "-"},
	{name: "trap: plain salary label reads as before", p: model.Posting{Title: "Kokki", Locations: []string{"Lahti"}, DescriptionText: "Palkka 2800-3200€/kk"}, pay: "2800 3200 EUR month"},
}

func TestFinnishRangeWordCases(t *testing.T) {
	opts := Options{Now: time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)}
	for _, tc := range finnishRangeWordCases {
		t.Run(tc.name, func(t *testing.T) { checkFieldCaseNot(t, tc, opts) })
	}
}
