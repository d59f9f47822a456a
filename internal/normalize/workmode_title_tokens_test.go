package normalize

import (
	"strings"
	"testing"
	"time"

	"github.com/gigscout/gigscout/internal/model"
)

// titleTokenCases pin workmode_title_tokens.go: "WFO" anywhere in a title,
// a trailing "Onsite" (or one followed only by places), home work after a
// sentence stop; with traps: negations, the token inside a longer word or
// an address, "Onsite" in the middle of a role.
var titleTokenCases = []truthCase{
	{name: "wfo in brackets", p: model.Posting{Title: "Payroll Officer (WFO)"}, remote: "onsite"},
	{name: "wfo opening the title", p: model.Posting{Title: "WFO Graphic Designer"}, remote: "onsite"},
	{name: "wfo before an indonesian place", p: model.Posting{Title: "Copywriter WFO di Yogyakarta"}, remote: "onsite"},
	{name: "wfo ending the title", p: model.Posting{Title: "Sales Admin penempatan Semarang WFO"}, remote: "onsite"},
	{name: "wfo lower case", p: model.Posting{Title: "Kasir wfo Depok"}, remote: "onsite"},
	{name: "onsite ending the title", p: model.Posting{Title: "Network Technician Onsite"}, remote: "onsite"},
	{name: "on-site after a city", p: model.Posting{Title: "Helpdesk Staff Bekasi On-site"}, remote: "onsite"},
	{name: "onsite before a country and relocation", p: model.Posting{Title: "Data Engineer Onsite Malaysia Relocation"}, remote: "onsite"},
	{name: "work from home after a full stop", p: model.Posting{Title: "Content Writer Startup Bogor. Work From Home"}, remote: "remote"},
	{name: "wfh mid-title", p: model.Posting{Title: "Customer Care WFH Surabaya"}, remote: "remote"},
	{name: "wfo and wfh together", p: model.Posting{Title: "Admin Gudang WFO & WFH"}, remote: "hybrid"},

	{name: "trap: no wfo", p: model.Posting{Title: "Illustrator no WFO"}, remote: "unknown"},
	{name: "trap: tidak wfo", p: model.Posting{Title: "Penulis tidak WFO"}, remote: "unknown"},
	{name: "trap: wfo inside a word", p: model.Posting{Title: "WFOX Platform Engineer"}, remote: "unknown"},
	{name: "trap: wfo in an address", p: model.Posting{Title: "Analyst see karir.wfo.co"}, remote: "unknown"},
	{name: "trap: onsite in mid-role", p: model.Posting{Title: "Senior Onsite Support Engineer"}, remote: "unknown"},
	{name: "trap: not onsite", p: model.Posting{Title: "Bookkeeper not onsite"}, remote: "unknown"},
	{name: "trap: onsite inside a word", p: model.Posting{Title: "Onsites Planner 2026"}, remote: "unknown"},
	{name: "trap: full stop then no home work", p: model.Posting{Title: "Tutor Bandung. Work from home not available"}, remote: "!remote"},
	{name: "trap: a dash title still reads as before", p: model.Posting{Title: "Data Analyst - Work From Home"}, remote: "remote"},
}

func TestTitleTokenCases(t *testing.T) {
	opts := Options{Now: time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)}
	for _, tc := range titleTokenCases {
		t.Run(tc.name, func(t *testing.T) { checkFieldCase(t, tc, opts) })
	}
}

// FuzzTitleWorkToken runs titleWorkToken on any title: it must not panic,
// answers only with its three notes, and each only when its word is there.
func FuzzTitleWorkToken(f *testing.F) {
	for _, tc := range titleTokenCases {
		f.Add(tc.p.Title)
	}
	for _, s := range []string{"WFO", "wfo.", "(wfo)", "x. wfh", "onsite", "on-site Singapore", "no wfh", "non-onsite"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		switch n := titleWorkToken(s); n {
		case "":
		case "Onsite":
			if !containsFold(s, "wfo") && !containsFold(s, "site") {
				t.Errorf("titleWorkToken(%q) = %q without its word", s, n)
			}
		case "Work From Home":
			if !containsFold(s, "wfh") && !containsFold(s, "work from home") && !containsFold(s, "working from home") {
				t.Errorf("titleWorkToken(%q) = %q without its word", s, n)
			}
		case "Hybrid":
			if !containsFold(s, "wfo") || !containsFold(s, "wfh") {
				t.Errorf("titleWorkToken(%q) = %q without both words", s, n)
			}
		default:
			t.Errorf("titleWorkToken(%q) = %q", s, n)
		}
		if strings.TrimSpace(s) == "" && titleWorkToken(s) != "" {
			t.Errorf("titleWorkToken(%q) on a blank title", s)
		}
	})
}
