package normalize

import (
	"strings"
	"testing"

	"github.com/gigscout/gigscout/internal/model"
)

// barePeriodNoteCases pin barepay_period_note.go and "p/hr" in the text:
// a currency-less amount with a short period and a note after it. Traps:
// hours a day, a note with no period, an hourly size out of range, a word
// going on after the period letters.
var barePeriodNoteCases = []truthCase{
	{name: "p/hr with an exclusion note", p: model.Posting{Title: "Cook", Locations: []string{"Sydney NSW"}, PayText: "27.40 p/hr excluding weekend penalties"}, pay: "27.4 27.4 AUD hour"},
	{name: "ph plus super", p: model.Posting{Title: "Cook", Locations: []string{"Melbourne VIC"}, PayText: "33 ph + super"}, pay: "33 33 AUD hour"},
	{name: "p.h. with a casual note", p: model.Posting{Title: "Cook", Locations: []string{"Wellington, New Zealand"}, PayText: "24.50 p.h. casual"}, pay: "24.5 24.5 NZD hour"},
	{name: "p/hr alone with no place", p: model.Posting{Title: "Cook", PayText: "26 p/hr"}, pay: "26 26 USD hour"},
	{name: "per day with a comma note", p: model.Posting{Title: "Cook", Locations: []string{"Leeds, UK"}, PayText: "180 per day, negotiable"}, pay: "180 180 GBP day"},
	{name: "p/hr in the text after a pay word", p: model.Posting{Title: "Cook", Locations: []string{"Sydney NSW"}, DescriptionText: "The rate is 29.10 p/hr plus allowances."}, pay: "29.1 29.1 AUD hour"},

	{name: "trap: hours a day", p: model.Posting{Title: "Cook", Locations: []string{"Sydney NSW"}, PayText: "8 hrs p/day"}, pay: "-"},
	{name: "trap: a note with no period", p: model.Posting{Title: "Cook", Locations: []string{"Sydney NSW"}, PayText: "27.40 excluding super"}, pay: "-"},
	{name: "trap: an hourly size out of range", p: model.Posting{Title: "Cook", Locations: []string{"Sydney NSW"}, PayText: "4000 p/hr excluding super"}, pay: "-"},
	{name: "trap: a word after the period letters", p: model.Posting{Title: "Cook", Locations: []string{"Sydney NSW"}, PayText: "12 pages per week"}, pay: "-"},
}

func TestBarePeriodNoteCases(t *testing.T) {
	runFieldCases(t, barePeriodNoteCases)
}

// FuzzBarePeriodNote reads any field: no panic, a positive range of a
// size bareLimits allows, and evidence inside the field.
func FuzzBarePeriodNote(f *testing.F) {
	for _, tc := range barePeriodNoteCases {
		f.Add(tc.p.PayText + tc.p.DescriptionText)
	}
	f.Fuzz(func(t *testing.T, s string) {
		p := barePeriodNote("pay_text", s)
		if p == nil {
			return
		}
		lim := bareLimits[p.Unit]
		if p.Min <= 0 || p.Min > p.Max || p.Min < lim[0] || p.Max > lim[1] {
			t.Errorf("barePeriodNote(%q) = %+v", s, p)
		}
		if p.Evidence == nil || !strings.Contains(s, p.Evidence.Text) || p.Evidence.Text == "" {
			t.Errorf("barePeriodNote(%q) evidence %+v", s, p.Evidence)
		}
	})
}
