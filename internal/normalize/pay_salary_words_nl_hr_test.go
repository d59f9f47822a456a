package normalize

import (
	"testing"
	"time"

	"github.com/gigscout/gigscout/internal/model"
)

// salaryWordsNlHrCases pin pay_salary_words_nl_hr.go; traps: an English
// "plan", a payment of bills, annual leave, a budget, a year.
var salaryWordsNlHrCases = []truthCase{
	{name: "croatian pay word and month after", p: model.Posting{Title: "Programer", Locations: []string{"Split"}, DescriptionText: "Nudimo: plaća 1.900 – 2.400 EUR neto mjesečno, topli obrok."}, pay: "1900 2400 EUR month"},
	{name: "croatian pay word with a colon", p: model.Posting{Title: "Programer", Locations: []string{"Rijeka"}, DescriptionText: "Plaća: 1.700 – 2.000 EUR bruto."}, pay: "1700 2000 EUR month"},
	{name: "serbian month after in a pay field", p: model.Posting{Title: "Programer", Locations: []string{"Novi Sad"}, PayText: "1.500 EUR mesečno"}, pay: "1500 1500 EUR month"},
	{name: "year after in a pay field", p: model.Posting{Title: "Programer", Locations: []string{"Zagreb"}, PayText: "28.000 EUR godišnje"}, pay: "28000 28000 EUR year"},
	{name: "hour after", p: model.Posting{Title: "Programer", Locations: []string{"Zagreb"}, PayText: "12 EUR po satu"}, pay: "12 12 EUR hour"},
	{name: "monthly pay word before", p: model.Posting{Title: "Programer", Locations: []string{"Sarajevo"}, DescriptionText: "Mjesečna plaća 1.400 EUR."}, pay: "1400 1400 EUR month"},
	{name: "dutch month salary", p: model.Posting{Title: "Verpleegkundige", Locations: []string{"Zwolle"}, DescriptionText: "Je ontvangt een bruto maandsalaris van €3.100."}, pay: "3100 3100 EUR month"},
	{name: "dutch month salary range", p: model.Posting{Title: "Verpleegkundige", Locations: []string{"Zwolle"}, DescriptionText: "Maandsalaris: €2.900 - €3.600"}, pay: "2900 3600 EUR month"},
	{name: "dutch year salary", p: model.Posting{Title: "Verpleegkundige", Locations: []string{"Zwolle"}, DescriptionText: "Jaarsalaris tot €52.000 inclusief vakantiegeld."}, pay: "52000 52000 EUR year"},

	{name: "trap: an english plan", p: model.Posting{Title: "Analyst", DescriptionText: "Our plan gives every team €3.000 for equipment."}, pay: "-"},
	{name: "trap: paying bills", p: model.Posting{Title: "Knjigovođa", DescriptionText: "Plaćanje računa do 5.000 EUR odobrava voditelj."}, pay: "-"},
	{name: "trap: annual leave days", p: model.Posting{Title: "Programer", DescriptionText: "Godišnji odmor 25 dana, fleksibilno radno vrijeme."}, pay: "-"},
	{name: "trap: a training budget", p: model.Posting{Title: "Verpleegkundige", DescriptionText: "Opleidingsbudget van €1.500 per jaar."}, pay: "!1500 1500 EUR month"},
}

func TestSalaryWordsNlHrCases(t *testing.T) {
	opts := Options{Now: time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)}
	for _, tc := range salaryWordsNlHrCases {
		t.Run(tc.name, func(t *testing.T) { checkFieldCaseNot(t, tc, opts) })
	}
}

// FuzzPeriodWords runs periodWordPayCue and periodWordAfter on any text: no
// panic, and a length taken within the text.
func FuzzPeriodWords(f *testing.F) {
	for _, tc := range salaryWordsNlHrCases {
		f.Add(tc.p.DescriptionText + tc.p.PayText)
	}
	f.Add(" neto mjesečno")
	f.Add(" po satu")
	f.Fuzz(func(t *testing.T, s string) {
		if u, ok := periodWordPayCue(s); !ok && u != "" {
			t.Errorf("periodWordPayCue(%q) = %q without a cue", s, u)
		}
		if u, n, ok := periodWordAfter(s); ok && (n <= 0 || n > len(s) || u == "") {
			t.Errorf("periodWordAfter(%q) = %q, %d", s, u, n)
		}
	})
}
