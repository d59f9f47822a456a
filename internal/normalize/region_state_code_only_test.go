package normalize

import (
	"testing"

	"github.com/gigscout/gigscout/internal/model"
)

// stateCodeOnlyCases pin cityState's "only" end (regions.go): a state code
// after a comma reads the same with "only" after it as at the end of the
// location, so a list of state codes closed by "only" is the United States
// and not its first code read as a country. Traps: a code alone after a
// dash (the country, as without "only"), a country code after a comma, a
// Canadian province with "only".
var stateCodeOnlyCases = []truthCase{
	{name: "two state codes then only", p: model.Posting{Title: "Claims Analyst", Locations: []string{"Remote - AZ, NV only"}}, remote: "remote", regions: "US"},
	{name: "California first then only", p: model.Posting{Title: "Claims Analyst", Locations: []string{"Remote - CA, OR only"}}, remote: "remote", regions: "US"},
	{name: "three codes in brackets then only", p: model.Posting{Title: "Claims Analyst", Locations: []string{"Remote (WA, CA, TX only)"}}, remote: "remote", regions: "US"},
	{name: "one code after remote and a comma", p: model.Posting{Title: "Claims Analyst", Locations: []string{"Remote, CA only"}}, remote: "remote", regions: "US"},

	{name: "trap: a code alone after a dash", p: model.Posting{Title: "Claims Analyst", Locations: []string{"Remote - CA only"}}, remote: "remote", regions: "CA"},
	{name: "trap: a country code after a comma", p: model.Posting{Title: "Claims Analyst", Locations: []string{"Remote, UK only"}}, remote: "remote", regions: "GB"},
	{name: "trap: a province with only", p: model.Posting{Title: "Claims Analyst", Locations: []string{"Remote, BC only"}}, remote: "remote", regions: "CA"},
}

func TestStateCodeOnlyCases(t *testing.T) {
	for _, tc := range stateCodeOnlyCases {
		t.Run(tc.name, func(t *testing.T) { checkFieldCase(t, tc, fieldCaseOpts) })
	}
}
