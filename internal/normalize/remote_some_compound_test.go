package normalize

import (
	"testing"

	"github.com/gigscout/gigscout/internal/model"
)

// someCompoundCases pin remote_some_compound.go: "some" before a remote
// compound adjective names the kind of role, not a part of the week.
// Traps: partial remote wording in a field stays hybrid, a compound after
// another qualifier, a hybrid field.
var someCompoundCases = []truthCase{
	{name: "remote field, some remote-friendly position", p: model.Posting{Title: "Analyst", RemoteHint: "some remote-friendly position"}, remote: "remote"},
	{name: "location, some remote-first team", p: model.Posting{Title: "Analyst", Locations: []string{"Some remote-first team"}}, remote: "remote"},

	{name: "trap: some remote, Leeds", p: model.Posting{Title: "Analyst", Locations: []string{"Some remote - Leeds"}}, remote: "hybrid"},
	{name: "trap: remote field, some remote work", p: model.Posting{Title: "Analyst", RemoteHint: "Some remote work allowed"}, remote: "hybrid"},
	{name: "trap: occasional remote-friendly days", p: model.Posting{Title: "Analyst", RemoteHint: "Occasional remote days"}, remote: "hybrid"},
	{name: "trap: hybrid field", p: model.Posting{Title: "Analyst", RemoteHint: "Hybrid role"}, remote: "hybrid"},
}

func TestSomeCompoundCases(t *testing.T) {
	for _, tc := range someCompoundCases {
		t.Run(tc.name, func(t *testing.T) { checkFieldCase(t, tc, fieldCaseOpts) })
	}
}
