package normalize

import (
	"testing"
	"time"

	"github.com/gigscout/gigscout/internal/model"
)

// bodyNoteCases: a bracketed hybrid note closing the first sentence, a
// description line opening with remote and no location limits, and an
// office to report to every day; in our own words, with the near misses
// that must keep their reading.
var bodyNoteCases = []truthCase{
	{name: "hybrid note after a company name", p: model.Posting{Title: "Buyer", DescriptionText: "Junior Buyer wanted at Northwind (Hybrid). Salary on request."}, remote: "hybrid"},
	{name: "hybrid note spaced and capitalised", p: model.Posting{Title: "Buyer", DescriptionText: "Merchandiser role at Fabrikam ( HYBRID )\nA fast team."}, remote: "hybrid"},
	{name: "trap: hybrid note on a later line", p: model.Posting{Title: "Buyer", DescriptionText: "Buying Team\nFree lunches (Hybrid)\nWe hire often."}, remote: "unknown"},
	{name: "trap: hybrid note inside a sentence", p: model.Posting{Title: "Buyer", DescriptionText: "Pick a base: Leeds (Hybrid) or York."}, remote: "unknown"},
	{name: "remote line without location limits", p: model.Posting{Title: "Tutor", DescriptionText: "Remote with no location restrictions for the right person."}, remote: "remote"},
	{name: "remote line without country limits", p: model.Posting{Title: "Tutor", DescriptionText: "fully remote with no country restriction"}, remote: "remote"},
	{name: "report to the office daily", p: model.Posting{Title: "Clerk", DescriptionText: "Staff will report to the Leeds office daily."}, remote: "onsite"},
	{name: "report into our office every workday", p: model.Posting{Title: "Clerk", DescriptionText: "You must report into our office every workday at eight."}, remote: "onsite"},
	{name: "trap: remote note wins when both", p: model.Posting{Title: "Buyer", DescriptionText: "Buyer (Remote). Our other team (hybrid) sits in Porto."}, remote: "remote"},
	{name: "trap: hybrid cloud in brackets", p: model.Posting{Title: "Architect", DescriptionText: "Design cloud setups (hybrid and public) for clients."}, remote: "unknown"},
	{name: "trap: report to the office manager daily", p: model.Posting{Title: "Clerk", DescriptionText: "You will report to the office manager daily."}, remote: "unknown"},
	{name: "trap: may report to the office daily", p: model.Posting{Title: "Clerk", DescriptionText: "Staff may report to the office daily if they like."}, remote: "unknown"},
}

func TestBodyNotes(t *testing.T) {
	opts := Options{Now: time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)}
	for _, tc := range bodyNoteCases {
		t.Run(tc.name, func(t *testing.T) { checkTruthCase(t, tc, opts) })
	}
}

func TestHybridNoteAt(t *testing.T) {
	for _, c := range []struct {
		text string
		want string
	}{
		{"Analyst (Hybrid).", "(Hybrid)"},
		{"Analyst ( hybrid )", "( hybrid )"},
		{"Analyst (hybrid)\nMore text", "(hybrid)"},
		{"Analyst (hybrid) in Riga", ""},
		{"Analyst. Perks (hybrid).", ""},
		{"Analyst (hybrid work)", ""},
		{"Analyst, hybrid", ""},
		{"", ""},
	} {
		got := ""
		if loc := hybridNoteAt(c.text); loc != nil {
			got = c.text[loc[0]:loc[1]]
		}
		if got != c.want {
			t.Errorf("hybridNoteAt(%q) = %q, want %q", c.text, got, c.want)
		}
	}
}

func FuzzHybridNoteAt(f *testing.F) {
	for _, tc := range bodyNoteCases {
		f.Add(tc.p.DescriptionText)
	}
	f.Fuzz(func(t *testing.T, text string) {
		if loc := hybridNoteAt(text); loc != nil && (loc[0] < 0 || loc[1] > len(text) || loc[0] >= loc[1]) {
			t.Fatalf("hybridNoteAt(%q) = %v", text, loc)
		}
	})
}
