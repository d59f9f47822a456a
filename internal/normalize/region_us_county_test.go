package normalize

import (
	"testing"
	"time"

	"github.com/gigscout/gigscout/internal/model"
)

// TestUSCountyLoc: a county, borough or neighbourhood between a US town and
// its state, a county before a state's name, and a state code written with
// dots all read the United States; codes between the places, places of the
// code's own country and foreign counties keep their readings.
func TestUSCountyLoc(t *testing.T) {
	for _, c := range []struct{ loc, want string }{
		{"Mission District, San Francisco, CA", "United States"},
		{"Hollywood, Los Angeles, CA", "United States"},
		{"Carmel, Hamilton County, IN", "United States"},
		{"Fishers, Hamilton Co., IN", "United States"},
		{"Middletown, New Castle County, DE", "United States"},
		{"Dover, Kent Co., Delaware", "United States"},
		{"Lima, Allen Cty, Ohio", "United States"},
		{"Savannah, Chatham County, Georgia", "United States"},
		{"Athens, Clarke County, GA, USA", "United States"},
		{"Fargo, N.D.", "United States"},
		{"Trenton, N.J.", "United States"},
		// traps
		{"Toronto, ON, CA", ""},                // a province code between: Canada
		{"Chennai, TN, IN", ""},                // a state code between: India
		{"Pune, Hinjewadi, IN", ""},            // places of the code's own country
		{"Durham, County Durham, England", ""}, // the county word first, abroad
		{"Nairobi, Nairobi County", ""},        // no US state after the county
		{"Monterrey, N.L.", ""},                // a Mexican state's dotted code
		{"San Francisco, CA", ""},              // two parts: the usual readers
		{"Vancouver, BC, CA", ""},
	} {
		if got := usCountyLoc(c.loc); got != c.want {
			t.Errorf("usCountyLoc(%q) = %q, want %q", c.loc, got, c.want)
		}
	}
}

// TestUSCountyListings: the same shapes in a remote listing's location
// field, and their traps, read through Normalize.
func TestUSCountyListings(t *testing.T) {
	opts := Options{Now: time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)}
	for _, tc := range []truthCase{
		{name: "neighbourhood, city, CA", p: remotePost("SoMa, San Francisco, CA"), regions: "US"},
		{name: "town, county, IN", p: remotePost("Carmel, Hamilton County, IN"), regions: "US"},
		{name: "county abbreviated before a state name", p: remotePost("Dover, Kent Co., Delaware"), regions: "US"},
		{name: "dotted state code", p: remotePost("Fargo, N.D."), regions: "US"},
		{name: "trap: Canadian town and province", p: remotePost("Toronto, ON, CA"), regions: "CA"},
		{name: "trap: Indian town and state", p: remotePost("Chennai, TN, IN"), regions: "IN"},
		{name: "trap: on-site county", p: model.Posting{Title: "Clerk", Locations: []string{"Carmel, Hamilton County, IN"}}, regions: "none"},
	} {
		t.Run(tc.name, func(t *testing.T) { checkTruthCase(t, tc, opts) })
	}
}
