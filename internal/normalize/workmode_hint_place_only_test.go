package normalize

import (
	"testing"

	"github.com/gigscout/gigscout/internal/model"
)

// hintWorkplacesOnlyCases pin workmode_hint_place_only.go: a work-mode field
// naming only workplaces (closed by "only", or two joined by a slash) is
// on-site. Traps: remote or home among the parts, a single workplace with
// no "only", and a word that is no workplace.
var hintWorkplacesOnlyCases = []truthCase{
	{name: "plant slash site only field", p: model.Posting{Title: "Shift Chemist", Locations: []string{"Ghent"}, RemoteHint: "Plant/Site only"}, remote: "onsite"},
	{name: "campus only field", p: model.Posting{Title: "Lab Steward", RemoteHint: "Campus only"}, remote: "onsite"},
	{name: "office and site pair field", p: model.Posting{Title: "Payroll Clerk", RemoteHint: "Office / Site"}, remote: "onsite"},
	{name: "premises only underscored field", p: model.Posting{Title: "Facilities Lead", RemoteHint: "ON_PREMISES_ONLY"}, remote: "onsite"},

	{name: "trap: office slash remote only field", p: model.Posting{Title: "Payroll Clerk", RemoteHint: "Office/Remote only"}, remote: "remote"},
	{name: "trap: home office only field", p: model.Posting{Title: "Payroll Clerk", RemoteHint: "Home office only"}, remote: "remote"},
	{name: "trap: remote only field", p: model.Posting{Title: "Payroll Clerk", RemoteHint: "Remote only"}, remote: "remote"},
	{name: "trap: single campus field", p: model.Posting{Title: "Lab Steward", RemoteHint: "Campus"}, remote: "unknown"},
}

func TestHintPlaceOnlyFields(t *testing.T) {
	for _, tc := range hintWorkplacesOnlyCases {
		t.Run(tc.name, func(t *testing.T) { checkFieldCase(t, tc, fieldCaseOpts) })
	}
}

func TestHintPlaceOnlyKeys(t *testing.T) {
	for key, want := range map[string]bool{
		"office/siteonly": true, "siteonly": true, "campusonly": true, "office/site": true, "office&site": true,
		"office": false, "only": false, "/only": false, "office/remoteonly": false, "homeofficeonly": false,
		"fieldonly": false, "weekendsonly": false, "site": false,
	} {
		if got := hintWorkplacesOnly(key); got != want {
			t.Errorf("hintWorkplacesOnly(%q) = %v, want %v", key, got, want)
		}
	}
}
