package normalize

import (
	"testing"
	"time"

	"github.com/gigscout/gigscout/internal/model"
)

// leadStackCases: a teaser line opening with "Remote" and a language or
// framework name, and a workplace field holding the top of a board's
// telework scale; in our own words, with near misses that must keep
// their reading.
var leadStackCases = []truthCase{
	{name: "remote go teaser", p: model.Posting{Title: "Backend Engineer", Locations: []string{"Lviv"}, DescriptionText: "Remote Go, gRPC and Kafka for a payments team."}, remote: "remote"},
	{name: "remote rust teaser with slash", p: model.Posting{Title: "Engineer", DescriptionText: "Remote Rust / WebAssembly. Small team, big impact."}, remote: "remote"},
	{name: "remote typescript teaser on second line", p: model.Posting{Title: "Developer", DescriptionText: "Acme Labs\nRemote TypeScript, Node.js, Postgres.\nApply today."}, remote: "remote"},
	{name: "remote dotnet teaser ends sentence", p: model.Posting{Title: "Developer", DescriptionText: "Remote .NET. Azure and SQL Server."}, remote: "remote"},
	{name: "trap: remote sensing is a topic", p: model.Posting{Title: "Analyst", Locations: []string{"Boulder, CO"}, DescriptionText: "Remote sensing, GIS and field surveys."}, remote: "unknown"},
	{name: "trap: remote desktop is a topic", p: model.Posting{Title: "Technician", DescriptionText: "remote desktop, printers and phones for 40 staff."}, remote: "unknown"},
	{name: "trap: a word after the language", p: model.Posting{Title: "Engineer", DescriptionText: "Remote Java debugging skills are a plus."}, remote: "unknown"},
	{name: "trap: lower-case go is a verb", p: model.Posting{Title: "Driver", DescriptionText: "remote go, and come back by six."}, remote: "unknown"},
	{name: "full on the telework scale", p: model.Posting{Title: "Product Designer", RemoteHint: "full"}, remote: "remote"},
	{name: "full on the scale beside a city", p: model.Posting{Title: "Product Designer", RemoteHint: "Full", Locations: []string{"Lyon"}}, remote: "remote"},
	{name: "trap: full time in the workplace field", p: model.Posting{Title: "Product Designer", RemoteHint: "full time"}, remote: "unknown"},
	{name: "trap: full office stays on site", p: model.Posting{Title: "Product Designer", RemoteHint: "full office"}, remote: "onsite"},
}

func TestLeadRemoteStack(t *testing.T) {
	opts := Options{Now: time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)}
	for _, tc := range leadStackCases {
		t.Run(tc.name, func(t *testing.T) { checkTruthCase(t, tc, opts) })
	}
}

func TestLeadRemoteStackAt(t *testing.T) {
	for _, c := range []struct {
		text string
		want string
	}{
		{"Remote Python, Django", "Remote Python,"},
		{"  remote Kotlin; Android", "  remote Kotlin;"},
		{"Intro\nREMOTE C++ / Qt", "REMOTE C++ /"},
		{"Remote Go.", "Remote Go."},
		{"Team\r\nRemote Go.\r\nMore", "Remote Go."},
		{"\tRemote Scala, Akka", "\tRemote Scala,"},
		{"Remote", ""},
		{"Remote Golang.NET", ""},
		{"Remote Python developer", ""},
		{"Remote python, django", ""},
		{"We hire a Remote Python, Django dev", ""},
		{"", ""},
	} {
		got := ""
		if loc := leadRemoteStack(c.text); loc != nil {
			got = c.text[loc[0]:loc[1]]
		}
		if got != c.want {
			t.Errorf("leadRemoteStack(%q) = %q, want %q", c.text, got, c.want)
		}
	}
}

func TestBoardScaleFull(t *testing.T) {
	for _, c := range []struct {
		hint string
		want model.Remote
	}{
		{"full", model.RemoteRemote},
		{" FULL ", model.RemoteRemote},
		{"partial", model.RemoteHybrid},
		{"full office", model.RemoteOnsite},
		{"full time", model.RemoteUnknown},
		{"fully", model.RemoteUnknown},
	} {
		if got := boardScaleWord(c.hint); got != c.want {
			t.Errorf("boardScaleWord(%q) = %v, want %v", c.hint, got, c.want)
		}
	}
}
