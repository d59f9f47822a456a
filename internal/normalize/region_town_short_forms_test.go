package normalize

import (
	"testing"
	"time"
)

// townShortCases: big cities' short forms as a remote location or a town
// of a list, beside the state and province slots that keep their reading.
var townShortCases = []truthCase{
	{name: "los angeles alone", p: remotePost("LA"), regions: "US"},
	{name: "kuala lumpur in brackets", p: remotePost("Remote (KL)"), regions: "MY"},
	{name: "two indian cities", p: remotePost("BLR / HYD"), regions: "IN"},
	{name: "bangkok after a work word", p: remotePost("Hybrid - BKK"), regions: "TH"},
	{name: "toronto area", p: remotePost("GTA"), regions: "CA"},
	{name: "london", p: remotePost("LDN or remote"), regions: "GB"},
	{name: "hong kong", p: remotePost("HK"), regions: "HK"},
	{name: "the district alone", p: remotePost("DC"), regions: "US"},
	{name: "los angeles before its state", p: remotePost("LA, CA"), regions: "US"},
	// Traps.
	{name: "trap: louisiana after a town", p: remotePost("Baton Rouge, LA"), regions: "US"},
	{name: "trap: the district after its town", p: remotePost("Washington, DC"), regions: "US"},
	{name: "trap: a short form inside a longer part", p: remotePost("KL Engineering Hub, Singapore"), regions: "SG"},
	{name: "trap: a lower-case word", p: remotePost("la"), regions: "none"},
	{name: "trap: hk after a country", p: remotePost("China, HK"), regions: "CN"},
}

func TestTownShortForms(t *testing.T) {
	opts := Options{Now: time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)}
	for _, tc := range townShortCases {
		t.Run(tc.name, func(t *testing.T) { checkTruthCase(t, tc, opts) })
	}
}

// TestTownShortLoc: the rewrite alone.
func TestTownShortLoc(t *testing.T) {
	for _, c := range []struct{ loc, want string }{
		{"LA", "Los Angeles"}, {"Remote - KL", "Remote - Kuala Lumpur"}, {"BLR / HYD", "Bengaluru / Hyderabad, India"},
		{"Remote in LA", "Remote in Los Angeles"},
		{"Baton Rouge, LA", "Baton Rouge, LA"}, {"LA Metro", "LA Metro"}, {"Sales - LA", "Sales - LA"},
	} {
		if got := townShortLoc(c.loc); got != c.want {
			t.Errorf("townShortLoc(%q) = %q, want %q", c.loc, got, c.want)
		}
	}
}
