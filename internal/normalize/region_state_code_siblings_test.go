package normalize

import (
	"testing"

	"github.com/gigscout/gigscout/internal/model"
)

// stateCodeSiblingCases pin region_state_code_siblings.go: remote entries of
// two-letter codes where one code is only a US state. Traps: a code that is
// also a country alone, two country-like codes, a country name beside a
// code, an on-site list.
var stateCodeSiblingCases = []truthCase{
	{name: "state-only code then a shared code", p: model.Posting{Title: "Claims Analyst", Locations: []string{"Remote - NV; Remote - CA"}}, remote: "remote", regions: "US"},
	{name: "two state-only codes in one field", p: model.Posting{Title: "Claims Analyst", Locations: []string{"Remote - OH | Remote - KY"}}, remote: "remote", regions: "US"},
	{name: "two fields, shared code first", p: model.Posting{Title: "Claims Analyst", Locations: []string{"Remote - IN", "Remote - MO"}}, remote: "remote", regions: "US"},
	{name: "code before the remote word", p: model.Posting{Title: "Claims Analyst", Locations: []string{"AZ - Remote; DE - Remote"}}, remote: "remote", regions: "US"},

	{name: "trap: a shared code alone", p: model.Posting{Title: "Claims Analyst", Locations: []string{"Remote - CA"}}, remote: "remote", regions: "CA"},
	{name: "trap: two shared codes", p: model.Posting{Title: "Claims Analyst", Locations: []string{"Remote - CA; Remote - DE"}}, remote: "remote", regions: "CA,DE"},
	{name: "trap: a country name beside the code", p: model.Posting{Title: "Claims Analyst", Locations: []string{"Remote - Germany; Remote - DE"}}, remote: "remote", regions: "DE"},
	{name: "trap: on-site towns", p: model.Posting{Title: "Claims Analyst", Locations: []string{"Reno, NV; Toronto, ON"}}, remote: "!remote"},
}

func TestStateCodeSiblingCases(t *testing.T) {
	for _, tc := range stateCodeSiblingCases {
		t.Run(tc.name, func(t *testing.T) { checkFieldCase(t, tc, fieldCaseOpts) })
	}
}
