package normalize

import (
	"testing"
	"time"

	"github.com/gigscout/gigscout/internal/model"
)

// postcodeTailCases pin region_postcode_tail.go.
var postcodeTailCases = []truthCase{
	{name: "German town code postcode", p: model.Posting{Title: "Werkstudent", Locations: []string{"Hamburg, DE, 20095"}, RemoteHint: "remote"}, regions: "DE"},
	{name: "Indian town code postcode", p: model.Posting{Title: "Analyst", Locations: []string{"Pune, IN, 411001"}, RemoteHint: "remote"}, regions: "IN"},
	{name: "US town state zip", p: model.Posting{Title: "Analyst", Locations: []string{"Tulsa, OK, 74103"}, RemoteHint: "remote"}, regions: "US"},
}

func TestPostcodeTailCases(t *testing.T) {
	opts := Options{Now: time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)}
	for _, tc := range postcodeTailCases {
		t.Run(tc.name, func(t *testing.T) { checkFieldCase(t, tc, opts) })
	}
	for _, c := range []struct{ in, want string }{
		{"Hamburg, DE, 20095", "Hamburg, DE"},
		{"Hamburg, 20095", "Hamburg, 20095"}, // no code before the postcode
		{"Hamburg, Germany, 20095", "Hamburg, Germany, 20095"},
		{"DE, 20095", "DE, 20095"},                   // no town
		{"Hamburg, DE, 2009A", "Hamburg, DE, 2009A"}, // not a postcode
	} {
		if got := trimPostcodeTail(c.in); got != c.want {
			t.Errorf("trimPostcodeTail(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}
