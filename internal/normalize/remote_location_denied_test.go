package normalize

import (
	"testing"
	"time"

	"github.com/gigscout/gigscout/internal/model"
)

// locationDeniedCases: a location field that names a work mode only to rule
// it out, in our own words, with near misses that keep their reading.
var locationDeniedCases = []truthCase{
	{name: "never home-based, office named", p: model.Posting{Title: "Payroll Clerk", Locations: []string{"Leeds office, never WFH"}}, remote: "onsite"},
	{name: "without remote alone", p: model.Posting{Title: "Warehouse Lead", Locations: []string{"Without remote"}}, remote: "onsite"},
	{name: "excluding remote after a city", p: model.Posting{Title: "Barista", Locations: []string{"Porto, excluding remote"}}, remote: "onsite"},
	{name: "remote presently unsupported", p: model.Posting{Title: "Lab Technician", Locations: []string{"Remote presently unsupported"}}, remote: "onsite"},
	{name: "home office not supported", p: model.Posting{Title: "Bookkeeper", Locations: []string{"Graz; home office not supported"}}, remote: "onsite"},
	{name: "two spellings denied together", p: model.Posting{Title: "Receptionist", Locations: []string{"WFH/remote unavailable"}}, remote: "onsite"},
	{name: "office stated, home work denied in brackets", p: model.Posting{Title: "Cashier", Locations: []string{"At the branch on-site (no option of remote)"}}, remote: "onsite"},
	{name: "on-site stated, hybrid denied", p: model.Posting{Title: "Machinist", Locations: []string{"On-site; no option for hybrid."}}, remote: "onsite"},
	{name: "hybrid stated, remote denied", p: model.Posting{Title: "Designer", Locations: []string{"Hybrid Lyon, remote is currently unavailable"}}, remote: "hybrid"},
	{name: "remote stated, hybrid denied", p: model.Posting{Title: "Translator", Locations: []string{"Remote, without hybrid"}}, remote: "remote"},
	{name: "trap: denial about a place, not the mode", p: model.Posting{Title: "Support Agent", Locations: []string{"Remote unavailable in Quebec"}}, remote: "remote"},
	{name: "trap: never before another word", p: model.Posting{Title: "Support Agent", Locations: []string{"Remote - never miss a standup"}}, remote: "remote"},
	{name: "trap: plain remote field", p: model.Posting{Title: "Support Agent", Locations: []string{"Remote (Ireland)"}}, remote: "remote"},
	{name: "trap: hybrid denied alone says nothing", p: model.Posting{Title: "Support Agent", Locations: []string{"no option for hybrid"}}, remote: "unknown"},
	{name: "trap: option word without a denial", p: model.Posting{Title: "Support Agent", Locations: []string{"Remote option available"}}, remote: "remote"},
}

func TestLocationDenied(t *testing.T) {
	opts := Options{Now: time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)}
	for _, tc := range locationDeniedCases {
		t.Run(tc.name, func(t *testing.T) { checkTruthCase(t, tc, opts) })
	}
}

func TestLocDeniedMode(t *testing.T) {
	for _, c := range []struct {
		loc  string
		want model.Remote
		ok   bool
	}{
		{"never remote", model.RemoteOnsite, true},
		{"Cardiff, no option for home office", model.RemoteOnsite, true},
		{"hybrid; WFH not possible", model.RemoteHybrid, true},
		{"no option for hybrid", model.RemoteUnknown, true},
		{"Remote", model.RemoteUnknown, false},
		{"Remote unavailable in Texas", model.RemoteUnknown, false},
		{"Hybrid, option to travel", model.RemoteUnknown, false},
		{"", model.RemoteUnknown, false},
	} {
		got, ok := locDeniedMode(c.loc)
		if got != c.want || ok != c.ok {
			t.Errorf("locDeniedMode(%q) = %v, %v; want %v, %v", c.loc, got, ok, c.want, c.ok)
		}
	}
}

// TestLocDeniedGuard checks that every denial match holds a word that
// mayDenyMode looks for, so the literal pre-check never hides a match.
func TestLocDeniedGuard(t *testing.T) {
	for _, tc := range locationDeniedCases {
		for _, loc := range tc.p.Locations {
			for _, m := range locModeDenied.FindAllString(loc, -1) {
				if !mayDenyMode(m) {
					t.Errorf("match %q of %q escapes mayDenyMode", m, loc)
				}
			}
		}
	}
}

func FuzzLocDeniedMode(f *testing.F) {
	for _, tc := range locationDeniedCases {
		f.Add(tc.p.Locations[0])
	}
	f.Fuzz(func(t *testing.T, loc string) {
		if m := locModeDenied.FindString(loc); m != "" && !mayDenyMode(m) {
			t.Fatalf("match %q of %q escapes mayDenyMode", m, loc)
		}
		r, ok := locDeniedMode(loc)
		if !ok && r != model.RemoteUnknown {
			t.Fatalf("locDeniedMode(%q) = %v without a denial", loc, r)
		}
	})
}
