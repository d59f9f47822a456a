package normalize

import (
	"testing"

	"github.com/gigscout/gigscout/internal/model"
)

// hintBasedCases pin workmode_hint_based.go: a work-mode field that
// names a workplace followed by "based" is on-site. Traps: home, remote and
// hybrid before "based", and a word that is no workplace.
var hintBasedCases = []truthCase{
	{name: "site based field", p: model.Posting{Title: "Maintenance Planner", Locations: []string{"Leeds"}, RemoteHint: "Site Based"}, remote: "onsite"},
	{name: "campus hyphen based field", p: model.Posting{Title: "Lab Technician", Locations: []string{"Leeds"}, RemoteHint: "Campus-based"}, remote: "onsite"},
	{name: "store based field", p: model.Posting{Title: "Shift Lead", RemoteHint: "store based"}, remote: "onsite"},

	{name: "trap: home based field", p: model.Posting{Title: "Advisor", RemoteHint: "Home Based"}, remote: "remote"},
	{name: "trap: hybrid based field", p: model.Posting{Title: "Advisor", RemoteHint: "Hybrid-based"}, remote: "hybrid"},
}

func TestHintWorkplaceBased(t *testing.T) {
	for _, tc := range hintBasedCases {
		t.Run(tc.name, func(t *testing.T) { checkFieldCase(t, tc, fieldCaseOpts) })
	}
}

func TestHintRemoteBasedWorkplace(t *testing.T) {
	for key, want := range map[string]model.Remote{
		"sitebased": model.RemoteOnsite, "branchbased": model.RemoteOnsite, "warehousebased": model.RemoteOnsite,
		"fieldbased": model.RemoteUnknown, "locationbased": model.RemoteUnknown, "based": model.RemoteUnknown,
		"sitebasedrole": model.RemoteUnknown,
	} {
		if got := hintRemoteBased(key); got != want {
			t.Errorf("hintRemoteBased(%q) = %v, want %v", key, got, want)
		}
	}
}
