package normalize

import (
	"testing"
	"time"

	"github.com/gigscout/gigscout/internal/model"
)

// possibleHintCases pin revisePossibleHintWhole: a workplace field saying
// home office is possible yields to a description that says the whole
// week is remote; traps keep the field's hybrid reading.
var possibleHintCases = []truthCase{
	{name: "german possible field, wholly remote text", p: model.Posting{Title: "Steuerfachangestellte", RemoteHint: "Home-Office möglich",
		DescriptionText: "Die Stelle ist vollständig remote, Team in Rostock."}, remote: "remote"},
	{name: "french possible field, 100 percent remote text", p: model.Posting{Title: "Comptable", RemoteHint: "Télétravail possible",
		DescriptionText: "Poste 100% remote, équipe répartie entre Nantes et Lille."}, remote: "remote"},
	{name: "trap: possible field, nothing whole in the text", p: model.Posting{Title: "Steuerfachangestellte", RemoteHint: "Homeoffice möglich",
		DescriptionText: "Arbeit im Team in Dresden, flexible Zeiten."}, remote: "hybrid"},
	{name: "trap: possible field, whole remote denied", p: model.Posting{Title: "Steuerfachangestellte", RemoteHint: "Homeoffice möglich",
		DescriptionText: "Die Rolle ist leider nicht 100% remote."}, remote: "hybrid"},
	{name: "trap: a hybrid field is not a possibility", p: model.Posting{Title: "Account Manager", RemoteHint: "Hybrid",
		DescriptionText: "Our support desk is fully remote; this sales role is not."}, remote: "hybrid"},
}

func TestPossibleHintCases(t *testing.T) {
	opts := Options{Now: time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)}
	for _, tc := range possibleHintCases {
		t.Run(tc.name, func(t *testing.T) { checkFieldCase(t, tc, opts) })
	}
}

func TestIndexFold(t *testing.T) {
	for _, tc := range []struct {
		s, w string
		want int
	}{
		{"Fully REMOTE role", "fully remote", 0},
		{"a 100% Remote job", "100% remote", 2},
		{"Vollständig Remote", "vollständig remote", 0},
		{"remot", "remote", -1},
		{"", "x", -1},
	} {
		if got := indexFold(tc.s, tc.w); got != tc.want {
			t.Errorf("indexFold(%q, %q) = %d, want %d", tc.s, tc.w, got, tc.want)
		}
	}
}
