package normalize

import (
	"testing"

	"github.com/gigscout/gigscout/internal/model"
)

// allStatesCases pin region_all_states.go: every US state as a remote
// scope. Traps: a count of other states, fifty of something else, the
// states in an office listing, a place named too.
var allStatesCases = []truthCase{
	{name: "location entry, fifty states", p: model.Posting{Title: "Claims Adjuster", Locations: []string{"Remote (all 50 states)"}}, remote: "remote", regions: "US"},
	{name: "text, any of the fifty states", p: model.Posting{Title: "Claims Adjuster", Locations: []string{"Remote"}, DescriptionText: "You may live in any of the 50 U.S. states."}, regions: "US"},
	{name: "text, forty-eight contiguous states", p: model.Posting{Title: "Claims Adjuster", Locations: []string{"Remote"}, DescriptionText: "Hiring in the 48 contiguous states only."}, regions: "US"},

	{name: "trap: three states", p: model.Posting{Title: "Claims Adjuster", Locations: []string{"Remote"}, DescriptionText: "We serve clients in 3 states."}, regions: "none"},
	{name: "trap: fifty of something else", p: model.Posting{Title: "Claims Adjuster", Locations: []string{"Remote"}, DescriptionText: "We ship to 50 countries and support many states of mind."}, regions: "none"},
	{name: "trap: an office listing", p: model.Posting{Title: "Claims Adjuster", Locations: []string{"Omaha, NE"}, RemoteHint: "onsite", DescriptionText: "We insure homes in all 50 states."}, regions: "none"},
	{name: "trap: a country named too", p: model.Posting{Title: "Claims Adjuster", Locations: []string{"Remote - Canada"}, DescriptionText: "Our US team covers all 50 states."}, regions: "CA"},
}

func TestAllStatesCases(t *testing.T) {
	for _, tc := range allStatesCases {
		t.Run(tc.name, func(t *testing.T) { checkFieldCase(t, tc, fieldCaseOpts) })
	}
}
