package normalize

import (
	"reflect"
	"testing"

	"github.com/gigscout/gigscout/internal/model"
)

// Table tests for region_state_code_mode.go, in our own words.
func TestStateCodeModeEntry(t *testing.T) {
	cases := []struct {
		loc  string
		want []string
	}{
		{"FL; Hybrid", []string{"US"}},
		{"OH (Remote)", []string{"US"}},
		{"TX (Hybrid - 3 days on site)", []string{"US"}},
		{"NJ, hybrid", []string{"US"}},
		{"WA - Remote", []string{"US"}},
		{"UT (Hybrid: Tue and Thu in office)", []string{"US"}},
		// not this shape
		{"Remote, OH", nil},                      // mode first: the state readers'
		{"GA (Hybrid)", nil},                     // also Gabon's code
		{"DE; Remote", nil},                      // also Germany's code
		{"OH Remote Sales Team Lead", nil},       // words after the mode word, no parenthesis
		{"OH (Remote) - Columbus (Onsite)", nil}, // a second note
		{"Ohio (Hybrid)", nil},                   // a state name, not its code
		{"XY (Hybrid)", nil},                     // no state
		{"oh (hybrid)", nil},                     // lower case is a word
	}
	for _, c := range cases {
		if got := stateCodeModeEntry(c.loc); !reflect.DeepEqual(got, c.want) {
			t.Errorf("stateCodeModeEntry(%q) = %v, want %v", c.loc, got, c.want)
		}
	}
}

// Whole listings: the entry gives the region of a hybrid or remote listing.
var stateCodeModeCases = []truthCase{
	{name: "state code semicolon hybrid", p: model.Posting{Title: "Account Manager", Locations: []string{"FL; Hybrid"}}, remote: "hybrid", regions: "US"},
	{name: "state code hybrid note", p: model.Posting{Title: "Account Manager", Locations: []string{"TX (Hybrid - 3 days on site)"}}, remote: "hybrid", regions: "US"},
	{name: "remote then a state code", p: model.Posting{Title: "Account Manager", Locations: []string{"Remote WA"}}, remote: "remote", regions: "US"},
	{name: "trap: no state has the code", p: model.Posting{Title: "Account Manager", Locations: []string{"XY (Hybrid)"}}, remote: "hybrid", regions: "none"},
}

func TestModeStateCodeEntry(t *testing.T) {
	cases := []struct {
		loc  string
		want []string
	}{
		{"Remote TX", []string{"US"}},
		{"Hybrid NJ", []string{"US"}},
		{"remote - OH", []string{"US"}},
		// not this shape
		{"Remote DE", nil},         // also Germany's code
		{"Remote CA", nil},         // also Canada's code
		{"Remote XY", nil},         // no state
		{"Remote tx", nil},         // lower case is a word
		{"Remote TX Austin", nil},  // a town after the code
		{"Onsite TX", nil},         // no remote or hybrid word
		{"Remote Texas team", nil}, // a name, not a code
	}
	for _, c := range cases {
		if got := modeStateCodeEntry(c.loc); !reflect.DeepEqual(got, c.want) {
			t.Errorf("modeStateCodeEntry(%q) = %v, want %v", c.loc, got, c.want)
		}
	}
}

func TestStateCodeModeListing(t *testing.T) {
	for _, tc := range stateCodeModeCases {
		t.Run(tc.name, func(t *testing.T) { checkFieldCase(t, tc, fieldCaseOpts) })
	}
}
