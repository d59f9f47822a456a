package normalize

import (
	"strings"
	"testing"
	"time"

	"github.com/gigscout/gigscout/internal/model"
)

// headerDashCases: a post's first line closing in a dash and a work-mode
// word, in our own words, with the lines left to other readers.
var headerDashCases = []truthCase{
	{name: "en dash remote", p: model.Posting{Title: "Engineer", DescriptionText: "Data Engineer (Rust) – remote\n\nWe run a payments API.\nWrite to us."}, remote: "remote"},
	{name: "em dash fully remote", p: model.Posting{Title: "Engineer", DescriptionText: "Mobile Developer — Fully remote.\nAbout the team ..."}, remote: "remote"},
	{name: "spaced hyphen remote only", p: model.Posting{Title: "Engineer", DescriptionText: "\n  QA Tester - Remote only\nShort contract."}, remote: "remote"},
	{name: "bold markdown header", p: model.Posting{Title: "Engineer", DescriptionText: "**Growth Marketer — remote**\nWe sell tea."}, remote: "remote"},
	{name: "hybrid", p: model.Posting{Title: "Engineer", DescriptionText: "Product Analyst — hybrid\nTwo teams, one city."}, remote: "hybrid"},
	{name: "on-site keeps its reading", p: model.Posting{Title: "Engineer", DescriptionText: "Line Cook – on-site\nWe open at six."}, remote: "onsite"},
	{name: "trap: a line opening with remote keeps its reading", p: model.Posting{Title: "Engineer", DescriptionText: "Remote – EU hours only\nWe build maps."}, remote: "remote", regions: "EU"},
	{name: "trap: a compound after the dash", p: model.Posting{Title: "Engineer", DescriptionText: "GIS Analyst — remote sensing\nField work in summer."}, remote: "unknown"},
	{name: "trap: a denial", p: model.Posting{Title: "Engineer", DescriptionText: "Store Clerk — not remote\nCome by."}, remote: "unknown"},
	{name: "trap: a glued hyphen", p: model.Posting{Title: "Engineer", DescriptionText: "Team Frontend-Remote\nWe build maps."}, remote: "unknown"},
	{name: "trap: a later line", p: model.Posting{Title: "Engineer", DescriptionText: "About us\nSkills: Go, SQL - remote\nWe build maps."}, remote: "unknown"},
}

func TestHeaderDashMode(t *testing.T) {
	opts := Options{Now: time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)}
	for _, tc := range headerDashCases {
		t.Run(tc.name, func(t *testing.T) { checkTruthCase(t, tc, opts) })
	}
}

func FuzzHeaderDashWorkMode(f *testing.F) {
	for _, tc := range headerDashCases {
		f.Add(tc.p.DescriptionText)
	}
	f.Fuzz(func(t *testing.T, text string) {
		r, ev := headerDashWorkMode(text)
		if (r == model.RemoteUnknown) != (ev == "") {
			t.Fatalf("headerDashWorkMode(%q) = %q, %q", text, r, ev)
		}
		if ev != "" && !strings.Contains(firstTextLine(text), ev) {
			t.Errorf("headerDashWorkMode(%q) evidence %q is not on the first line", text, ev)
		}
		if l := firstTextLine(text); l != strings.TrimSpace(l) || strings.Contains(l, "\n") {
			t.Errorf("firstTextLine(%q) = %q", text, l)
		}
	})
}
