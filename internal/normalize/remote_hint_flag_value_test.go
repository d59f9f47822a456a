package normalize

import (
	"testing"

	"github.com/gigscout/gigscout/internal/model"
)

// hintFlagCases pin remote_hint_flag_value.go: a workplace field printed as
// a flag and its boolean value, written in our own words, with traps the
// reader must leave to the others.
var hintFlagCases = []truthCase{
	{name: "remote flag false", p: model.Posting{Title: "Warehouse Lead", RemoteHint: "remote: false"}, remote: "onsite"},
	{name: "remote flag false capital", p: model.Posting{Title: "Warehouse Lead", RemoteHint: "Remote: FALSE"}, remote: "onsite"},
	{name: "snake flag false", p: model.Posting{Title: "Warehouse Lead", RemoteHint: "is_remote: false"}, remote: "onsite"},
	{name: "camel flag true", p: model.Posting{Title: "Data Analyst", RemoteHint: "isRemote: true"}, remote: "remote"},
	{name: "camel flag false with equals", p: model.Posting{Title: "Data Analyst", RemoteHint: "isRemote=false"}, remote: "onsite"},
	{name: "telecommuting flag false", p: model.Posting{Title: "Data Analyst", RemoteHint: "telecommuting: false"}, remote: "onsite"},
	{name: "remote flag letter n", p: model.Posting{Title: "Data Analyst", RemoteHint: "Remote: N"}, remote: "onsite"},
	{name: "work from home flag zero", p: model.Posting{Title: "Data Analyst", RemoteHint: "Work from home: 0"}, remote: "onsite"},
	{name: "hybrid flag yes", p: model.Posting{Title: "Data Analyst", RemoteHint: "hybrid: yes"}, remote: "hybrid"},
	{name: "hybrid flag no names no mode", p: model.Posting{Title: "Data Analyst", RemoteHint: "Hybrid: No"}, remote: "unknown"},
	{name: "on-site flag true", p: model.Posting{Title: "Data Analyst", RemoteHint: "onsite: true"}, remote: "onsite"},
	{name: "on-site flag false names no mode", p: model.Posting{Title: "Data Analyst", RemoteHint: "on_site: false"}, remote: "unknown"},
	// traps: other values and other flags go to the other readers
	{name: "trap: remote colon a place", p: model.Posting{Title: "Data Analyst", RemoteHint: "Remote: Canada"}, remote: "remote"},
	{name: "trap: remote colon no stays on-site", p: model.Posting{Title: "Data Analyst", RemoteHint: "Remote: No"}, remote: "onsite"},
	{name: "trap: remote colon yes", p: model.Posting{Title: "Data Analyst", RemoteHint: "Remote: Yes"}, remote: "remote"},
	{name: "trap: plain true", p: model.Posting{Title: "Data Analyst", RemoteHint: "true"}, remote: "remote"},
	{name: "trap: plain false", p: model.Posting{Title: "Data Analyst", RemoteHint: "false"}, remote: "onsite"},
	{name: "trap: hybrid with days", p: model.Posting{Title: "Data Analyst", RemoteHint: "Hybrid: 2 days in office"}, remote: "hybrid"},
	{name: "trap: unknown flag", p: model.Posting{Title: "Data Analyst", RemoteHint: "relocation: no"}, remote: "unknown"},
}

func TestHintFlagCases(t *testing.T) {
	for _, tc := range hintFlagCases {
		t.Run(tc.name, func(t *testing.T) { checkFieldCase(t, tc, Options{}) })
	}
}

func TestHintFlagValue(t *testing.T) {
	for _, c := range []struct {
		hint string
		want model.Remote
		ok   bool
	}{
		{"remote: true", model.RemoteRemote, true},
		{"Remote? yes", model.RemoteRemote, true},
		{"is-remote = 'false'", model.RemoteOnsite, true},
		{"Hybrid: false", model.RemoteUnknown, true},
		{"In office: Y", model.RemoteOnsite, true},
		{"Remote: sometimes", model.RemoteUnknown, false},
		{"Remote", model.RemoteUnknown, false},
		{": false", model.RemoteUnknown, false},
		{"Visa sponsorship: no", model.RemoteUnknown, false},
	} {
		if got, ok := hintFlagValue(c.hint); got != c.want || ok != c.ok {
			t.Errorf("hintFlagValue(%q) = %v, %v; want %v, %v", c.hint, got, ok, c.want, c.ok)
		}
	}
}
