package normalize

import (
	"testing"
	"time"

	"github.com/gigscout/gigscout/internal/model"
)

// hybridDeniedCases: a hybrid word the text denies, in our own words, with
// the near misses that must keep their reading.
var hybridDeniedCases = []truthCase{
	{name: "short value denying hybrid then remote", p: model.Posting{Title: "Tax Preparer", DescriptionText: "not hybrid - 100% remote"}, remote: "remote"},
	{name: "remote location beside a denied hybrid role", p: model.Posting{Title: "Copywriter", Locations: []string{"Remote"}, DescriptionText: "Please note: this is not a hybrid position."}, remote: "remote"},
	{name: "remote flag beside non-hybrid", p: model.Posting{Title: "Analyst", RemoteHint: "remote", DescriptionText: "A non-hybrid role for the whole of the year."}, remote: "remote"},
	{name: "body only, hybrid denied and remote said", p: model.Posting{Title: "Editor", DescriptionText: "This is not a hybrid role; the team is fully remote."}, remote: "remote"},
	{name: "remote location and no hybrid arrangements", p: model.Posting{Title: "Tax Preparer", Locations: []string{"Remote"}, DescriptionText: "Remote OK, but no hybrid arrangements."}, remote: "remote"},
	{name: "remote location and hybrid not possible", p: model.Posting{Title: "Tax Preparer", Locations: []string{"Remote"}, DescriptionText: "Hybrid work is not possible for this team."}, remote: "remote"},
	{name: "trap: no remote or hybrid options", p: model.Posting{Title: "Tax Preparer", Locations: []string{"Remote"}, DescriptionText: "There are no remote or hybrid options for this role."}, remote: "onsite"},
	{name: "trap: office location and no hybrid arrangements", p: model.Posting{Title: "Tax Preparer", Locations: []string{"Omaha, NE"}, DescriptionText: "No hybrid arrangements."}, remote: "onsite"},
	{name: "trap: plain hybrid role", p: model.Posting{Title: "Editor", DescriptionText: "This is a hybrid role based in Cork."}, remote: "hybrid"},
	{name: "trap: remote location and a hybrid schedule", p: model.Posting{Title: "Editor", Locations: []string{"Remote"}, DescriptionText: "Hybrid schedule with two office days."}, remote: "hybrid"},
	{name: "trap: a denial further back", p: model.Posting{Title: "Editor", DescriptionText: "Not all teams work this way; ours has a hybrid schedule."}, remote: "hybrid"},
	{name: "trap: short hybrid value without a denial", p: model.Posting{Title: "Editor", DescriptionText: "hybrid, partly remote"}, remote: "hybrid"},
	{name: "trap: short value denying remote", p: model.Posting{Title: "Editor", DescriptionText: "hybrid, not remote"}, remote: "hybrid"},
}

func TestHybridDenied(t *testing.T) {
	opts := Options{Now: time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)}
	for _, tc := range hybridDeniedCases {
		t.Run(tc.name, func(t *testing.T) { checkTruthCase(t, tc, opts) })
	}
}

func TestHybridDeniedAt(t *testing.T) {
	for _, c := range []struct {
		text string
		want bool
	}{
		{"not hybrid", true},
		{"Not a hybrid job", true},
		{"non-hybrid job", true},
		{"a hybrid job", false},
		{"knot hybrid", false},
		{"hybrid", false},
	} {
		at := len(c.text) - len("hybrid")
		if i := indexFold(c.text, "hybrid"); i >= 0 {
			at = i
		}
		if got := hybridDeniedAt(c.text, at); got != c.want {
			t.Errorf("hybridDeniedAt(%q) = %v, want %v", c.text, got, c.want)
		}
	}
}

func FuzzHybridCue(f *testing.F) {
	for _, tc := range hybridDeniedCases {
		f.Add(tc.p.DescriptionText)
	}
	f.Fuzz(func(t *testing.T, text string) {
		if loc := firstHybridCue(bodyHybrid, text); loc != nil && (loc[0] < 0 || loc[1] > len(text) || loc[0] > loc[1]) {
			t.Fatalf("firstHybridCue(%q) = %v", text, loc)
		}
	})
}
