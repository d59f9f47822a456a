package normalize

import (
	"testing"
	"time"
)

func TestTownStateLead(t *testing.T) {
	opts := Options{Now: time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)}
	for _, tc := range []truthCase{
		{name: "california town then a remote note", p: remotePost("San Francisco, CA / Remote"), regions: "US"},
		{name: "delaware town then a remote note", p: remotePost("Wilmington, DE / Remote"), regions: "US"},
		{name: "two us towns joined by a semicolon", p: remotePost("New York, NY; San Francisco, CA"), regions: "US"},
		{name: "trap: a canadian town with canada's code", p: remotePost("Toronto, CA / Remote"), regions: "CA"},
		{name: "trap: a german town with germany's code", p: remotePost("Berlin, DE / Remote"), regions: "DE"},
		{name: "trap: a remote note before a state code stays the state", p: remotePost("Remote, CA"), regions: "US"},
		{name: "trap: two countries joined by a semicolon", p: remotePost("Berlin, Germany; Toronto, Canada"), regions: "DE,CA"},
	} {
		t.Run(tc.name, func(t *testing.T) { checkTruthCase(t, tc, opts) })
	}
	for _, c := range []struct{ town, part, want string }{
		{"San Francisco", " CA / Remote", " / Remote"}, {"Toronto", " CA / Remote", " CA / Remote"},
		{"Austin", " TX / Remote", " TX / Remote"}, {"Springfield", " CAN", " CAN"}, {"X", "", ""},
	} {
		if got := townStateLead(c.town, c.part); got != c.want {
			t.Errorf("townStateLead(%q, %q) = %q, want %q", c.town, c.part, got, c.want)
		}
	}
}
