package normalize

import (
	"testing"

	"github.com/gigscout/gigscout/internal/model"
)

// stateNoteTownCases pin region_state_note_town.go. Traps: the German and
// Indian towns by the same codes.
var stateNoteTownCases = []truthCase{
	{name: "indiana town with a hybrid note", p: model.Posting{Title: "Claims Adjuster", Locations: []string{"Indianapolis, IN (Hybrid)"}}, remote: "hybrid", regions: "US"},
	{name: "delaware town with a remote note", p: model.Posting{Title: "Claims Adjuster", Locations: []string{"Dover, DE (Remote)"}}, remote: "remote", regions: "US"},

	{name: "trap: indian town", p: model.Posting{Title: "Claims Adjuster", Locations: []string{"Pune, IN (Remote)"}}, remote: "remote", regions: "IN"},
	{name: "trap: german town", p: model.Posting{Title: "Claims Adjuster", Locations: []string{"Hamburg, DE (Remote)"}}, remote: "remote", regions: "DE"},
}

func TestStateNoteTownCases(t *testing.T) {
	for _, tc := range stateNoteTownCases {
		t.Run(tc.name, func(t *testing.T) { checkFieldCase(t, tc, fieldCaseOpts) })
	}
	for _, c := range []struct {
		s, code string
		want    bool
	}{
		{"Indianapolis, IN (Remote)", "IN", true},
		{"Pune, IN (Remote)", "IN", false},
		{"Berlin, DE (Hybrid)", "DE", false},
		{"Nowhereville, IN (Remote)", "IN", false},
		{"IN (Remote)", "IN", false},
	} {
		if got := usTownBeforeNote(c.s, c.code); got != c.want {
			t.Errorf("usTownBeforeNote(%q, %q) = %v, want %v", c.s, c.code, got, c.want)
		}
	}
}
