package normalize

import (
	"testing"

	"github.com/gigscout/gigscout/internal/model"
)

// partialFieldCases pin remote_partial_field.go and the "fully" remote
// field (hintRemote): a short field granting remote work now and then is
// hybrid. Traps: a long description sentence, "fully remote", a remote
// role with some travel, a hybrid field, "fully" in a location.
var partialFieldCases = []truthCase{
	{name: "remote field, occasional remote", p: model.Posting{Title: "Buyer", Locations: []string{"Leeds, UK"}, RemoteHint: "Occasional remote"}, remote: "hybrid"},
	{name: "location, some remote", p: model.Posting{Title: "Buyer", Locations: []string{"Some remote - Leeds"}}, remote: "hybrid"},
	{name: "location note, remote sometimes", p: model.Posting{Title: "Buyer", Locations: []string{"Leeds (remote sometimes)"}}, remote: "hybrid"},
	{name: "remote field, limited remote", p: model.Posting{Title: "Buyer", Locations: []string{"Leeds, UK"}, RemoteHint: "Limited remote"}, remote: "hybrid"},
	{name: "remote-status fully", p: model.Posting{Title: "Buyer", Locations: []string{"Leeds, UK"}, RemoteHint: "fully"}, remote: "remote"},

	{name: "trap: fully remote field", p: model.Posting{Title: "Buyer", Locations: []string{"Leeds, UK"}, RemoteHint: "Fully remote"}, remote: "remote"},
	{name: "trap: remote with some travel", p: model.Posting{Title: "Buyer", Locations: []string{"Remote - some travel to Leeds"}}, remote: "remote"},
	{name: "trap: a hybrid field stays hybrid", p: model.Posting{Title: "Buyer", Locations: []string{"Leeds, UK"}, RemoteHint: "Hybrid"}, remote: "hybrid"},
	{name: "trap: fully in a location", p: model.Posting{Title: "Buyer", Locations: []string{"Fully staffed office, Leeds"}}, remote: "!remote"},
}

func TestPartialFieldCases(t *testing.T) {
	for _, tc := range partialFieldCases {
		t.Run(tc.name, func(t *testing.T) { checkFieldCase(t, tc, fieldCaseOpts) })
	}
}
