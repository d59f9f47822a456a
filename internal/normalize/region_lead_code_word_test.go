package normalize

import (
	"testing"

	"github.com/gigscout/gigscout/internal/model"
)

// leadCodeWordCases pin region_lead_code_word.go: a town written in capitals
// whose name begins with its state code's letters keeps the state reading.
// Traps: a location that does lead with the code, and the same codes after
// towns abroad.
var leadCodeWordCases = []truthCase{
	{name: "capitals: indiana town starting with IN", p: model.Posting{Title: "Dispatcher", Locations: []string{"INDIANOLA, IN"}, RemoteHint: "remote"}, remote: "remote", regions: "US"},
	{name: "capitals: california town starting with CA", p: model.Posting{Title: "Dispatcher", Locations: []string{"CAMARILLO, CA"}, RemoteHint: "remote"}, remote: "remote", regions: "US"},
	{name: "capitals: delaware town starting with DE", p: model.Posting{Title: "Dispatcher", Locations: []string{"DELMAR, DE"}, RemoteHint: "remote"}, remote: "remote", regions: "US"},

	{name: "trap: code first, then a town", p: model.Posting{Title: "Dispatcher", Locations: []string{"IN, Mumbai"}, RemoteHint: "remote"}, remote: "remote", regions: "IN"},
	{name: "trap: capitals, indian town", p: model.Posting{Title: "Dispatcher", Locations: []string{"NAGPUR, IN"}, RemoteHint: "remote"}, remote: "remote", regions: "IN"},
	{name: "trap: capitals, german town", p: model.Posting{Title: "Dispatcher", Locations: []string{"DESSAU, DE"}, RemoteHint: "remote"}, remote: "remote", regions: "DE"},
}

func TestLeadCodeWordCases(t *testing.T) {
	for _, tc := range leadCodeWordCases {
		t.Run(tc.name, func(t *testing.T) { checkFieldCase(t, tc, fieldCaseOpts) })
	}
	for _, c := range []struct {
		s, code string
		want    bool
	}{
		{"IN, Mumbai", "IN", true},
		{"  CA - Remote", "CA", true},
		{"CA", "CA", true},
		{"INDIANOLA, IN", "IN", false},
		{"CAMARILLO, CA", "CA", false},
		{"CAÑON CITY, CO", "CA", false},
		{"Camarillo, CA", "CA", false},
	} {
		if got := leadsWithCode(c.s, c.code); got != c.want {
			t.Errorf("leadsWithCode(%q, %q) = %v, want %v", c.s, c.code, got, c.want)
		}
	}
}
