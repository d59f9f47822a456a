package normalize

import (
	"testing"
	"time"

	"github.com/gigscout/gigscout/internal/model"
)

// countryLabelText gives two countries their own ranges.
const countryLabelText = "Pay differs by country. Portugal: €52000 - €58000 (EUR) plus equity. Germany: €71000 - €79000 (EUR) plus equity."

// countryLabelCases pin pay_country_labels.go; traps: a listing with no
// country, city labels, one label only, a label that is a year or a phone.
var countryLabelCases = []truthCase{
	{name: "the listing's country second", p: model.Posting{Title: "Engineer", Locations: []string{"Berlin, Germany"}, DescriptionText: countryLabelText}, pay: "71000 79000 EUR year"},
	{name: "the listing's country first", p: model.Posting{Title: "Engineer", Locations: []string{"Lisbon, Portugal"}, DescriptionText: countryLabelText}, pay: "52000 58000 EUR year"},
	{name: "neither country", p: model.Posting{Title: "Engineer", Locations: []string{"Toronto, Canada"}, DescriptionText: countryLabelText}, pay: "-"},

	{name: "trap: no country in the listing", p: model.Posting{Title: "Engineer", DescriptionText: countryLabelText}, pay: "52000 58000 EUR year"},
	{name: "trap: city labels keep the first", p: model.Posting{Title: "Engineer", Locations: []string{"Austin, TX"}, DescriptionText: "Seattle: $150000 - $170000. Denver: $130000 - $150000."}, pay: "150000 170000 USD year"},
	{name: "trap: one country label", p: model.Posting{Title: "Engineer", Locations: []string{"Toronto, Canada"}, DescriptionText: "Germany: €71000 - €79000 (EUR) for this role."}, pay: "71000 79000 EUR year"},
	{name: "trap: a year and a phone after colons", p: model.Posting{Title: "Engineer", Locations: []string{"Lisbon, Portugal"}, DescriptionText: "Founded: 2011. Phone: 555 0100. Salary €40000 - €45000 a year."}, pay: "40000 45000 EUR year"},
}

func TestCountryLabelCases(t *testing.T) {
	opts := Options{Now: time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)}
	for _, tc := range countryLabelCases {
		t.Run(tc.name, func(t *testing.T) { checkFieldCaseNot(t, tc, opts) })
	}
}

// FuzzCountryLabelledPay runs countryLabelledPay on any text: no panic, and
// a pay it returns has evidence inside the text.
func FuzzCountryLabelledPay(f *testing.F) {
	f.Add(countryLabelText, "Berlin, Germany")
	f.Add("Spain: 1 Italy: 2", "Rome, Italy")
	f.Fuzz(func(t *testing.T, text, loc string) {
		l := &model.Listing{Text: text, Locations: []string{loc}}
		p, _ := ParsePay("text", text)
		if p == nil {
			return
		}
		out := countryLabelledPay(p, l)
		if out == nil {
			return
		}
		e := out.Evidence
		if e == nil || e.Start < 0 || e.End > len(text) || e.Start >= e.End || text[e.Start:e.End] != e.Text {
			t.Errorf("countryLabelledPay(%q, %q) evidence %+v", text, loc, e)
		}
	})
}
