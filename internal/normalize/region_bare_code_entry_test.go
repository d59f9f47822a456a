package normalize

import (
	"testing"

	"github.com/gigscout/gigscout/internal/model"
)

// bareCodeCases pin region_bare_code_entry.go: a whole entry that is an
// ISO country code, alone or with a remote note. Traps: a state code, the
// code inside a longer entry, lower case, a code no country has, an
// on-site listing.
var bareCodeCases = []truthCase{
	{name: "code alone on a remote listing", p: model.Posting{Title: "Data Analyst", Locations: []string{"KE"}, RemoteHint: "remote"}, regions: "KE"},
	{name: "remote dash code", p: model.Posting{Title: "Data Analyst", Locations: []string{"Remote - TH"}}, remote: "remote", regions: "TH"},
	{name: "code with remote in brackets", p: model.Posting{Title: "Data Analyst", Locations: []string{"UA (Remote)"}}, remote: "remote", regions: "UA"},
	{name: "two code entries", p: model.Posting{Title: "Data Analyst", Locations: []string{"RS", "HR"}, RemoteHint: "remote"}, regions: "RS,HR"},

	{name: "trap: a state code stays the state", p: model.Posting{Title: "Data Analyst", Locations: []string{"Remote, PA"}}, remote: "remote", regions: "US"},
	{name: "trap: lower case is no code", p: model.Posting{Title: "Data Analyst", Locations: []string{"ke"}, RemoteHint: "remote"}, regions: "none"},
	{name: "trap: a code in a longer entry", p: model.Posting{Title: "Data Analyst", Locations: []string{"KE Building 4"}, RemoteHint: "remote"}, regions: "none"},
	{name: "trap: no country has the code", p: model.Posting{Title: "Data Analyst", Locations: []string{"QQ"}, RemoteHint: "remote"}, regions: "none"},
	{name: "trap: an on-site listing has no remote region", p: model.Posting{Title: "Data Analyst", Locations: []string{"KE"}, RemoteHint: "onsite"}, regions: "none"},
}

func TestBareCodeCases(t *testing.T) {
	for _, tc := range bareCodeCases {
		t.Run(tc.name, func(t *testing.T) { checkFieldCase(t, tc, fieldCaseOpts) })
	}
}
