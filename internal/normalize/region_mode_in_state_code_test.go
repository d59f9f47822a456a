package normalize

import (
	"reflect"
	"testing"

	"github.com/gigscout/gigscout/internal/model"
)

// Table tests for region_mode_in_state_code.go, in our own words.
func TestModeInStateCodeEntry(t *testing.T) {
	cases := []struct {
		loc  string
		want []string
	}{
		{"Remote in OK", []string{"US"}},
		{"Hybrid in NJ", []string{"US"}},
		{"remote within WA", []string{"US"}},
		{"Remote - in NV", []string{"US"}},
		{"Remote in AZ", nil}, // also Azerbaijan's code
		// not this shape
		{"Remote in DE", nil},             // also Germany's code: the country readers'
		{"Remote in CA", nil},             // also Canada's code
		{"Remote in XY", nil},             // no state
		{"Remote in ok", nil},             // lower case is a word
		{"Remote in the US", nil},         // four words
		{"Onsite in TX", nil},             // no remote or hybrid word
		{"Remote into NV", nil},           // not the preposition
		{"Remote in TX and NM only", nil}, // a list
	}
	for _, c := range cases {
		if got := modeInStateCodeEntry(c.loc); !reflect.DeepEqual(got, c.want) {
			t.Errorf("modeInStateCodeEntry(%q) = %v, want %v", c.loc, got, c.want)
		}
	}
}

// Whole listings: the entry gives the region of a remote or hybrid listing;
// a country's code after "in" keeps the country reading.
var modeInStateCodeCases = []truthCase{
	{name: "remote in a state code", p: model.Posting{Title: "Claims Adjuster", Locations: []string{"Remote in NV"}}, remote: "remote", regions: "US"},
	{name: "hybrid in a state code", p: model.Posting{Title: "Claims Adjuster", Locations: []string{"Hybrid in OH"}}, remote: "hybrid", regions: "US"},
	{name: "trap: a country's code", p: model.Posting{Title: "Claims Adjuster", Locations: []string{"Remote in DE"}}, remote: "remote", regions: "DE"},
	{name: "trap: no state has the code", p: model.Posting{Title: "Claims Adjuster", Locations: []string{"Remote in QQ"}}, remote: "remote", regions: "none"},
}

func TestModeInStateCodeListing(t *testing.T) {
	for _, tc := range modeInStateCodeCases {
		t.Run(tc.name, func(t *testing.T) { checkFieldCase(t, tc, fieldCaseOpts) })
	}
}
