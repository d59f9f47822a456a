package normalize

import (
	"testing"

	"github.com/gigscout/gigscout/internal/model"
)

// townOfficeCases pin region_town_office.go: a town alone beside a
// remote entry naming a region is an office. Traps: a bare country, a
// city-state, a town with a work-mode word, a list with no regional remote
// entry.
var townOfficeCases = []truthCase{
	{name: "town office beside remote germany", p: model.Posting{Title: "Platform Engineer", Locations: []string{"Lisbon", "Remote - Germany"}}, remote: "remote", regions: "DE"},
	{name: "two town offices beside remote canada", p: model.Posting{Title: "Platform Engineer", Locations: []string{"Chicago", "Remote - Canada", "Denver"}, RemoteHint: "remote"}, regions: "CA"},
	{name: "town office after remote emea", p: model.Posting{Title: "Platform Engineer", Locations: []string{"Remote (EMEA)", "Toronto"}, RemoteHint: "remote"}, regions: "EMEA"},

	{name: "trap: bare country stays a remote option", p: model.Posting{Title: "Platform Engineer", Locations: []string{"Remote - Germany", "Austria"}, RemoteHint: "remote"}, regions: "DE,AT"},
	{name: "trap: city-state stays", p: model.Posting{Title: "Platform Engineer", Locations: []string{"Remote - Japan", "Singapore"}, RemoteHint: "remote"}, regions: "JP,SG"},
	{name: "trap: bare remote names no region", p: model.Posting{Title: "Platform Engineer", Locations: []string{"Lisbon", "Remote"}, RemoteHint: "remote"}, regions: "PT"},
	{name: "trap: town with a hybrid word", p: model.Posting{Title: "Platform Engineer", Locations: []string{"Hybrid Lisbon", "Remote - Germany"}, RemoteHint: "remote"}, regions: "PT,DE"},
}

func TestTownOfficeCases(t *testing.T) {
	for _, tc := range townOfficeCases {
		t.Run(tc.name, func(t *testing.T) { checkFieldCase(t, tc, fieldCaseOpts) })
	}
}

func TestTownOfficeEntry(t *testing.T) {
	for loc, want := range map[string]bool{
		"Lisbon": true, "Chicago": true, " Denver ": true,
		"Germany": false, "Singapore": false, "Remote": false, "Lisbon, Portugal": false,
		"Remote Lisbon": false, "": false, "EU": false,
	} {
		if got := townOfficeEntry(loc); got != want {
			t.Errorf("townOfficeEntry(%q) = %v, want %v", loc, got, want)
		}
	}
}
