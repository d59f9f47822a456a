package normalize

import (
	"testing"

	"github.com/gigscout/gigscout/internal/model"
)

// remoteEntriesCases pin region_remote_entries_offices.go. Traps: a remote
// entry naming no region, a bare country entry (also beside the world), a
// hybrid entry.
var remoteEntriesCases = []truthCase{
	{name: "office address beside remote canada", p: model.Posting{Title: "Controller", Locations: []string{"New York, NY", "Remote - Canada"}, RemoteHint: "remote"}, regions: "CA"},
	{name: "office address beside remote europe", p: model.Posting{Title: "Controller", Locations: []string{"London, England, United Kingdom", "Remote - Europe"}, RemoteHint: "remote"}, regions: "EU"},
	{name: "two offices beside remote portugal", p: model.Posting{Title: "Controller", Locations: []string{"Berlin, Germany", "Remote - Portugal", "Madrid, Spain"}}, remote: "remote", regions: "PT"},

	{name: "trap: remote names no region", p: model.Posting{Title: "Controller", Locations: []string{"New York, NY", "Remote"}, RemoteHint: "remote"}, regions: "US"},
	{name: "trap: a bare country is kept", p: model.Posting{Title: "Controller", Locations: []string{"Remote - US", "Canada"}, RemoteHint: "remote"}, regions: "US,CA"},
	{name: "office address beside worldwide", p: model.Posting{Title: "Controller", Locations: []string{"Austin, TX, US", "Worldwide"}, RemoteHint: "remote"}, regions: "worldwide"},
	// A bare country beside a separate "Worldwide" entry was kept here once (the
	// JSON-LD office beside a worldwide requirement); the world entry now holds it
	// (region_world_entry_absorbs.go).
	{name: "a bare country beside worldwide", p: model.Posting{Title: "Controller", Locations: []string{"US", "Worldwide"}, RemoteHint: "remote"}, regions: "worldwide"},
	{name: "trap: a hybrid entry is kept", p: model.Posting{Title: "Controller", Locations: []string{"Hybrid - Paris, France", "Remote - Spain"}, RemoteHint: "remote"}, regions: "FR,ES"},
}

func TestRemoteEntriesCases(t *testing.T) {
	for _, tc := range remoteEntriesCases {
		t.Run(tc.name, func(t *testing.T) { checkFieldCase(t, tc, fieldCaseOpts) })
	}
}
