package normalize

import (
	"reflect"
	"testing"

	"github.com/gigscout/gigscout/internal/model"
)

// Table tests for region_title_glued_dash.go, in our own words.
func TestTitleGluedDashTail(t *testing.T) {
	cases := []struct {
		title string
		want  []string
	}{
		{"Partner Success Lead- EMEA", []string{"EMEA"}},
		{"Field Marketer– Canada", []string{"CA"}},
		{"Solutions Architect (Cloud)- LATAM", []string{"LATAM"}},
		{"Inside Sales Rep- Germany", []string{"DE"}},
		// not this shape
		{"Full-Stack Engineer", nil},                 // a compound: no space after the dash
		{"Platform Engineer- Backend", nil},          // a specialty, not a place
		{"Partner Success Lead - EMEA", nil},         // spaced dash: remoteTitleTail's
		{"Analyst 2- EMEA", nil},                     // a digit before the dash
		{"Sales Lead- Germany and Poland team", nil}, // more than places
		{"Designer- ", nil},                          // nothing after
	}
	for _, c := range cases {
		if got := titleGluedDashTail(c.title); !reflect.DeepEqual(got, c.want) {
			t.Errorf("titleGluedDashTail(%q) = %v, want %v", c.title, got, c.want)
		}
	}
}

// Whole listings: a remote listing with no region of its own takes the
// title's glued-dash place; a location's own region and an on-site listing
// are left alone.
var titleGluedDashCases = []truthCase{
	{name: "glued dash area", p: model.Posting{Title: "Partner Success Lead- APAC", Locations: []string{"Remote"}}, remote: "remote", regions: "APAC"},
	{name: "glued dash country", p: model.Posting{Title: "Renewals Manager- Brazil", RemoteHint: "remote"}, regions: "BR"},
	{name: "trap: a compound title", p: model.Posting{Title: "Back-End Developer", Locations: []string{"Remote"}}, remote: "remote", regions: "none"},
	{name: "trap: the location names its region", p: model.Posting{Title: "Renewals Manager- Brazil", Locations: []string{"Remote - Chile"}}, remote: "remote", regions: "CL"},
	{name: "trap: on-site listing", p: model.Posting{Title: "Renewals Manager- Brazil", Locations: []string{"Recife"}, RemoteHint: "onsite"}, regions: "none"},
}

func TestTitleGluedDashListing(t *testing.T) {
	for _, tc := range titleGluedDashCases {
		t.Run(tc.name, func(t *testing.T) { checkFieldCase(t, tc, fieldCaseOpts) })
	}
}
