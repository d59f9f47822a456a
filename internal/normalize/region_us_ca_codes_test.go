package normalize

import (
	"testing"

	"github.com/gigscout/gigscout/internal/model"
)

// usCanadaCases pin region_us_ca_codes.go: "US" and "CA" joined as two
// options. Traps: the state after "US" and a comma, a city in California,
// "CA" alone.
var usCanadaCases = []truthCase{
	{name: "slash in brackets", p: model.Posting{Title: "Sales Engineer", Locations: []string{"Remote (US/CA)"}}, remote: "remote", regions: "US,CA"},
	{name: "ampersand after a dash", p: model.Posting{Title: "Sales Engineer", Locations: []string{"Remote - USA & CA"}}, remote: "remote", regions: "US,CA"},
	{name: "or between the codes", p: model.Posting{Title: "Sales Engineer", Locations: []string{"CA or US (Remote)"}}, remote: "remote", regions: "CA,US"},

	{name: "trap: state after US and a comma", p: model.Posting{Title: "Sales Engineer", Locations: []string{"US, CA, Remote"}}, remote: "remote", regions: "US"},
	{name: "trap: a Californian city", p: model.Posting{Title: "Sales Engineer", Locations: []string{"San Diego, CA (Remote)"}}, remote: "remote", regions: "US"},
	{name: "trap: CA alone", p: model.Posting{Title: "Sales Engineer", Locations: []string{"Remote - CA"}}, remote: "remote", regions: "CA"},
}

func TestUSCanadaCases(t *testing.T) {
	for _, tc := range usCanadaCases {
		t.Run(tc.name, func(t *testing.T) { checkFieldCase(t, tc, fieldCaseOpts) })
	}
}

// usCanadaBracketCases: a bracket holding "US, CA" alone.
var usCanadaBracketCases = []truthCase{
	{name: "bracket holding the two codes", p: model.Posting{Title: "Sales Engineer", Locations: []string{"Remote (US, CA)"}}, remote: "remote", regions: "US,CA"},
	{name: "trap: a bracket with a city after the codes", p: model.Posting{Title: "Sales Engineer", Locations: []string{"Remote (US, CA, Fresno)"}}, remote: "remote", regions: "US"},
}

func TestUSCanadaBracketCases(t *testing.T) {
	for _, tc := range usCanadaBracketCases {
		t.Run(tc.name, func(t *testing.T) { checkFieldCase(t, tc, fieldCaseOpts) })
	}
}
