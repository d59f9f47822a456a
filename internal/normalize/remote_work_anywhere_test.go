package normalize

import (
	"strings"
	"testing"
	"time"

	"github.com/gigscout/gigscout/internal/model"
)

// workAnywhereCases: "work anywhere" as a statement of the role, in our own
// words, with the perks, products and places that must not read as remote.
var workAnywhereCases = []truthCase{
	{name: "after a comma", p: model.Posting{Title: "Designer", DescriptionText: "Small async studio, work anywhere."}, remote: "remote"},
	{name: "a sentence of its own", p: model.Posting{Title: "Designer", DescriptionText: "We ship every week. Work anywhere you like."}, remote: "remote"},
	{name: "you can with the world", p: model.Posting{Title: "Writer", DescriptionText: "You can work anywhere in the world as long as you join the Monday call."}, remote: "remote"},
	{name: "live and work", p: model.Posting{Title: "Analyst", DescriptionText: "Live and work anywhere with a stable internet connection."}, remote: "remote"},
	{name: "a place scope", p: model.Posting{Title: "Analyst", DescriptionText: "Work anywhere in Canada; we meet twice a year."}, remote: "remote", regions: "CA"},
	{name: "text end", p: model.Posting{Title: "Analyst", DescriptionText: "Async by default, work anywhere"}, remote: "remote"},
	{name: "trap: a perk for some weeks", p: model.Posting{Title: "Analyst", DescriptionText: "Office in Lyon. Work anywhere for three weeks a year."}, remote: "unknown"},
	{name: "trap: weeks of it", p: model.Posting{Title: "Analyst", DescriptionText: "Perks: four weeks of work anywhere, a gym pass."}, remote: "unknown"},
	{name: "trap: a hyphenated perk", p: model.Posting{Title: "Analyst", DescriptionText: "Perks: our work-anywhere month, lunch."}, remote: "unknown"},
	{name: "trap: a product", p: model.Posting{Title: "Analyst", DescriptionText: "Our app lets field crews work anywhere."}, remote: "unknown"},
	{name: "trap: inside the office", p: model.Posting{Title: "Analyst", DescriptionText: "Hot desks: work anywhere in the building."}, remote: "unknown"},
	{name: "trap: else", p: model.Posting{Title: "Analyst", DescriptionText: "While with us, you can work anywhere else only with consent."}, remote: "unknown"},
	{name: "trap: denied", p: model.Posting{Title: "Analyst", DescriptionText: "Sorry, you cannot work anywhere, this is a store job."}, remote: "unknown"},
	{name: "trap: a programme", p: model.Posting{Title: "Analyst", DescriptionText: "Join our Work Anywhere programme for a month."}, remote: "unknown"},
}

func TestWorkAnywhere(t *testing.T) {
	opts := Options{Now: time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)}
	for _, tc := range workAnywhereCases {
		t.Run(tc.name, func(t *testing.T) { checkTruthCase(t, tc, opts) })
	}
}

func FuzzWorkAnywhereMode(f *testing.F) {
	for _, tc := range workAnywhereCases {
		f.Add(tc.p.DescriptionText)
	}
	f.Fuzz(func(t *testing.T, text string) {
		r, ev := workAnywhereMode(text)
		if r != model.RemoteUnknown && r != model.RemoteRemote || (r == model.RemoteRemote) != (ev != "") {
			t.Fatalf("workAnywhereMode(%q) = %q, %q", text, r, ev)
		}
		if ev != "" && (!strings.Contains(text, ev) || !containsFold(ev, "anywhere") || !containsFold(ev, "work")) {
			t.Errorf("workAnywhereMode(%q) evidence %q is not a work-anywhere phrase of the text", text, ev)
		}
	})
}
