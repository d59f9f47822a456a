package normalize

import (
	"testing"
	"time"
)

func TestStateBeforeUS(t *testing.T) {
	opts := Options{Now: time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)}
	for _, tc := range []truthCase{
		{name: "california after a remote note", p: remotePost("Remote in CA, US"), regions: "US"},
		{name: "a state code alone before the country", p: remotePost("CA, USA"), regions: "US"},
		{name: "georgia with its town", p: remotePost("Savannah, GA, United States"), regions: "US"},
		{name: "indiana with a remote note", p: remotePost("Remote - IN, US"), regions: "US"},
		{name: "trap: a canadian town with canada's code", p: remotePost("Toronto, CA"), regions: "CA"},
		{name: "trap: canada and the us named in a list", p: remotePost("Canada, US"), regions: "CA,US"},
		{name: "trap: a state code that is no country's", p: remotePost("Austin, TX, US"), regions: "US"},
	} {
		t.Run(tc.name, func(t *testing.T) { checkTruthCase(t, tc, opts) })
	}
	for _, c := range []struct{ in, want string }{
		{"Remote in CA, US", "Remote in, US"}, {"CA, USA", ", USA"}, {"Boston, MA, US", "Boston, MA, US"}, {"Atlanta, GA, US", "Atlanta, GA, US"}, {"Wilmington, DE, US", "Wilmington, US"},
		{"Canada, US", "Canada, US"}, {"Toronto, CA", "Toronto, CA"}, {"Austin, TX, US", "Austin, TX, US"},
		{"ZCA, US", "ZCA, US"}, {"CA, Mexico", "CA, Mexico"}, {"US", "US"},
	} {
		if got := stateBeforeUSLoc(c.in); got != c.want {
			t.Errorf("stateBeforeUSLoc(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}
