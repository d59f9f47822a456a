package normalize

import (
	"testing"
	"time"
)

// townCodeRemoteTailCases pin a lower-case country code between a town and
// the remote word (region_town_code_remote_tail.go) and in brackets after
// the remote word (region_remote_lower_code.go). Traps: a US state's code
// after a town, a town in lower case, another mode word than remote, an
// unknown code, and "(no)" after the remote word.
var townCodeRemoteTailCases = []truthCase{
	{name: "town, us, remote", p: remotePost("Apex, us, Remote"), regions: "US"},
	{name: "town, dk, remote", p: remotePost("Skive, dk, Remote"), regions: "DK"},
	{name: "remote with a bracketed code", p: remotePost("Remote (dk)"), regions: "DK"},
	{name: "remote with bracketed us", p: remotePost("Remote (us)"), regions: "US"},
	{name: "trap: a state's code after a town", p: remotePost("Dover, de, Remote"), regions: "none"},
	{name: "trap: the town in lower case", p: remotePost("apex, us, Remote"), regions: "none"},
	{name: "trap: another mode word", p: remotePost("Apex, us, Hybrid"), regions: "none"},
	{name: "trap: an unknown bracketed code", p: remotePost("Remote (qx)"), regions: "none"},
	{name: "trap: bracketed no is an answer", p: remotePost("Remote (no)"), regions: "none"},
}

func TestTownCodeRemoteTail(t *testing.T) {
	opts := Options{Now: time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)}
	for _, tc := range townCodeRemoteTailCases {
		t.Run(tc.name, func(t *testing.T) { checkTruthCase(t, tc, opts) })
	}
}

func TestTownCodeRemoteTailParts(t *testing.T) {
	for _, c := range []struct {
		in   []string
		want string
	}{
		{[]string{"Apex", "us", "Remote"}, "United States"},
		{[]string{"Skive", "dk", "remote"}, "denmark"},
		{[]string{"Apex", "us"}, ""},
		{[]string{"Dover", "de", "Remote"}, ""},
		{[]string{"Apex", "US", "Remote"}, ""},
		{[]string{"", "us", "Remote"}, ""},
	} {
		if got := townCodeRemoteTail(c.in); got != c.want {
			t.Errorf("townCodeRemoteTail(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}
