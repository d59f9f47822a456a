package normalize

import (
	"testing"
	"time"

	"github.com/gigscout/gigscout/internal/model"
)

// writtenFormCases: the euro written out with Italian periods and pay
// names, codes glued to their amounts, a range's stray second end; with
// traps.
var writtenFormCases = []truthCase{
	// "euro" written out.
	{name: "euro al mese", p: model.Posting{Title: "Commessa", PayText: "1.450 euro al mese"}, pay: "1450 1450 EUR month"},
	{name: "euro lordi annui", p: model.Posting{Title: "Commessa", PayText: "27.500 euro lordi annui"}, pay: "27500 27500 EUR year"},
	{name: "euro all'anno", p: model.Posting{Title: "Commessa", PayText: "42.000 euro all'anno"}, pay: "42000 42000 EUR year"},
	{name: "euro range netti al mese", p: model.Posting{Title: "Commessa", PayText: "da 1.250 a 1.400 euro netti al mese"}, pay: "1250 1400 EUR month"},
	{name: "paga oraria before euro", p: model.Posting{Title: "Commessa", PayText: "paga oraria 8,75 euro lordi"}, pay: "8.75 8.75 EUR hour"},
	{name: "euro al mese in text", p: model.Posting{Title: "Commessa", DescriptionText: "Offriamo 1.600 euro al mese più buoni pasto."}, pay: "1600 1600 EUR month"},
	{name: "trap: euros of weight-like talk stay out", p: model.Posting{Title: "Commessa", DescriptionText: "Il biglietto costa 12 euro per persona."}, pay: "-"},
	{name: "a four-character decimal is no year", p: model.Posting{Title: "Commessa", PayText: "Tariffa oraria 9,80 EUR lordi"}, pay: "9.8 9.8 EUR hour"},
	{name: "trap: a four-digit year before a currency stays out", p: model.Posting{Title: "Commessa", PayText: "Dal 2019 EUR"}, pay: "-"},

	// A code glued to its amount.
	{name: "aed glued", p: model.Posting{Title: "Accountant", Locations: []string{"Dubai"}, PayText: "AED16,500 per month"}, pay: "16500 16500 AED month"},
	{name: "aed glued on both ends", p: model.Posting{Title: "Accountant", Locations: []string{"Dubai"}, PayText: "AED21,000-AED24,000 per month"}, pay: "21000 24000 AED month"},
	{name: "usd glued", p: model.Posting{Title: "Accountant", PayText: "USD4,200 per month"}, pay: "4200 4200 USD month"},
	{name: "eur glued a year", p: model.Posting{Title: "Accountant", PayText: "EUR64,000 per year"}, pay: "64000 64000 EUR year"},
	{name: "trap: a code inside a word is no code", p: model.Posting{Title: "Accountant", DescriptionText: "Ship via USDA5 lanes, 500 crates per week."}, pay: "-"},
	{name: "trap: a longer token is no code", p: model.Posting{Title: "Accountant", DescriptionText: "Our EURO2024 campaign ran 12 weeks."}, pay: "-"},

	// A falling range with a stray second end.
	{name: "second end under a hundredth", p: model.Posting{Title: "Engineer", PayText: "$85,000 - $12"}, pay: "85000 85000 USD year"},
	{name: "trap: a falling range within reach is turned round", p: model.Posting{Title: "Engineer", PayText: "$95,000 - $80,000"}, pay: "80000 95000 USD year"},
	{name: "trap: a k on the first end shares as before", p: model.Posting{Title: "Engineer", PayText: "$150K - 200"}, pay: "150000 200000 USD year"},
}

func TestWrittenForms(t *testing.T) {
	opts := Options{Now: time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)}
	for _, tc := range writtenFormCases {
		t.Run(tc.name, func(t *testing.T) { checkTruthCase(t, tc, opts) })
	}
}

func TestCodeEnds3(t *testing.T) {
	for _, tc := range []struct {
		s    string
		i, j int
		want bool
	}{
		{"AED19", 0, 3, true}, {"AED 19", 0, 3, true}, {"AED", 0, 3, true}, {"AEDX", 0, 3, false}, {"Rs5", 0, 2, false}, {"Rs 5", 0, 2, true},
	} {
		if got := codeEnds3(tc.s, tc.i, tc.j); got != tc.want {
			t.Errorf("codeEnds3(%q, %d, %d) = %v, want %v", tc.s, tc.i, tc.j, got, tc.want)
		}
	}
}

func FuzzWrittenForms(f *testing.F) {
	for _, tc := range writtenFormCases {
		f.Add(tc.p.PayText + "\n" + tc.p.DescriptionText)
	}
	f.Fuzz(func(t *testing.T, s string) {
		for _, m := range scanMoney(s) {
			if m.start < 0 || m.end > len(s) || m.start > m.end || m.min > m.max {
				t.Errorf("%q: bad amount %+v", s, m)
			}
		}
		for _, lenient := range []bool{false, true} {
			if b := bestPay(s, lenient); b != nil && (b.min < 0 || b.min > b.max || b.start < 0 || b.end > len(s) || b.start > b.end) {
				t.Errorf("%q (lenient %v): bad candidate %+v", s, lenient, b)
			}
		}
	})
}
