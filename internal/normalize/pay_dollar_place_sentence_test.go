package normalize

import (
	"strings"
	"testing"

	"github.com/gigscout/gigscout/internal/model"
)

// dollarPlaceSentenceCases pin pay_dollar_place_sentence.go: a plain "$"
// amount whose own sentence names a place in a dollar country other than
// the US. Traps: a US city, both countries, US dollars written, a place in
// another sentence, a location field in the US, remote work.
var dollarPlaceSentenceCases = []truthCase{
	{name: "hourly rate then a canadian city", p: model.Posting{Title: "Tutor", DescriptionText: "Rate: $31/hr, Montreal."}, pay: "31 31 CAD hour"},
	{name: "yearly range in a canadian city", p: model.Posting{Title: "Tutor", DescriptionText: "$58,000 - $66,000 per year in Ottawa"}, pay: "58000 66000 CAD year"},
	{name: "pay field with an australian city", p: model.Posting{Title: "Tutor", PayText: "$42/hr in Melbourne"}, pay: "42 42 AUD hour"},
	{name: "city and country in the sentence", p: model.Posting{Title: "Tutor", DescriptionText: "$72,000 per year in Halifax, Canada"}, pay: "72000 72000 CAD year"},

	{name: "trap: a us city", p: model.Posting{Title: "Tutor", DescriptionText: "$72,000 per year in Denver"}, pay: "72000 72000 USD year"},
	{name: "trap: both countries", p: model.Posting{Title: "Tutor", DescriptionText: "$95k; teams in Ottawa and Chicago"}, pay: "!95000 95000 CAD year"},
	{name: "trap: us dollars written", p: model.Posting{Title: "Tutor", DescriptionText: "US$72,000 per year in Ottawa"}, pay: "72000 72000 USD year"},
	{name: "trap: usd code beside a canadian city", p: model.Posting{Title: "Tutor", DescriptionText: "USD 72,000 per year in Ottawa"}, pay: "72000 72000 USD year"},
	{name: "trap: the place in another sentence", p: model.Posting{Title: "Tutor", DescriptionText: "Pay is $30/hr. Our founders met in Ottawa."}, pay: "30 30 USD hour"},
	{name: "trap: a us location field", p: model.Posting{Title: "Tutor", Locations: []string{"Austin, TX"}, DescriptionText: "$30/hr, training in Ottawa."}, pay: "30 30 USD hour"},
	{name: "trap: remote work", p: model.Posting{Title: "Tutor", Locations: []string{"Remote"}, DescriptionText: "$30/hr, our office is in Ottawa."}, pay: "30 30 USD hour"},
}

func TestDollarPlaceSentenceCases(t *testing.T) {
	runFieldCases(t, dollarPlaceSentenceCases)
}

// FuzzPaySentence reads any text and span: no panic, and the sentence
// holds the span.
func FuzzPaySentence(f *testing.F) {
	for _, tc := range dollarPlaceSentenceCases {
		f.Add(tc.p.DescriptionText, 3, 8)
	}
	f.Fuzz(func(t *testing.T, s string, a, b int) {
		if a < 0 || b < a || b > len(s) {
			return
		}
		if got := paySentence(s, a, b); !strings.Contains(got, s[a:b]) {
			t.Errorf("paySentence(%q, %d, %d) = %q", s, a, b, got)
		}
	})
}

// TestRemoteDollarCountry pins a remote listing whose own location keeps
// it within one dollar country other than the US: a plain "$" is that
// country's dollar. Traps: a town beside a remote flag, a bare "Remote",
// a remote place with a second country, and a "$" named as US dollars keep
// US dollars.
func TestRemoteDollarCountry(t *testing.T) {
	runFieldCases(t, []truthCase{
		{name: "remote within Australia", p: model.Posting{Title: "Data Engineer", Locations: []string{"Remote, Australia"}, PayText: "$850/day"}, pay: "850 850 AUD day"},
		{name: "remote within Canada", p: model.Posting{Title: "Analyst", Locations: []string{"Canada (Remote)"}, PayText: "$82,000 a year"}, pay: "82000 82000 CAD year"},
		{name: "trap: town with a remote flag", p: model.Posting{Title: "Analyst", Locations: []string{"Vancouver, BC"}, RemoteHint: "remote", PayText: "$82,000 a year"}, pay: "82000 82000 USD year"},
		{name: "trap: remote anywhere", p: model.Posting{Title: "Analyst", Locations: []string{"Remote"}, PayText: "$82,000 a year"}, pay: "82000 82000 USD year"},
		{name: "trap: remote in two countries", p: model.Posting{Title: "Analyst", Locations: []string{"Remote, Canada", "Remote, United States"}, PayText: "$82,000 a year"}, pay: "82000 82000 USD year"},
		{name: "trap: named as US dollars", p: model.Posting{Title: "Analyst", Locations: []string{"Remote, Australia"}, PayText: "US$850/day"}, pay: "850 850 USD day"},
	})
}
