package normalize

import (
	"testing"
	"time"
)

// townLowerCodeCases: a town and its country's ISO code in lower case, the
// code one the short ATS list does not carry, beside words that must not
// turn into a country.
var townLowerCodeCases = []truthCase{
	{name: "bulgarian capital with a lower-case code", p: remotePost("Sofia, bg"), regions: "BG"},
	{name: "bulgarian seaside town with a lower-case code", p: remotePost("Varna, bg"), regions: "BG"},
	{name: "lower-case code the ats list already had", p: remotePost("Warsaw, pl"), regions: "PL"},
	{name: "trap: a remote word before a lower-case state", p: remotePost("Remote, hi"), regions: ""},
	{name: "trap: a town before another country's lower-case code", p: remotePost("Sofia, xk"), regions: ""},
}

func TestTownLowerCodes(t *testing.T) {
	opts := Options{Now: time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)}
	for _, tc := range townLowerCodeCases {
		t.Run(tc.name, func(t *testing.T) { checkTruthCase(t, tc, opts) })
	}
}

func TestTownLowerCodeName(t *testing.T) {
	for _, c := range []struct{ town, code, want string }{
		{"Sofia", "BG", "bulgaria"},
		{"Varna", "BG", "bulgaria"},
		{"Sofia", "RO", ""},
		{"Remote", "HI", ""},
		{"", "BG", ""},
		{"Portland", "US", ""},
	} {
		got := townLowerCodeName(c.town, c.code)
		if (got == "") != (c.want == "") {
			t.Errorf("townLowerCodeName(%q, %q) = %q, want %q", c.town, c.code, got, c.want)
		}
	}
}

// Towns written alone that our Israeli list now carries.
func TestIsraeliTownsMore(t *testing.T) {
	opts := Options{Now: time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)}
	for _, tc := range []truthCase{
		{name: "science town south of tel aviv", p: remotePost("Rehovot"), regions: "IL"},
		{name: "the same town in hebrew", p: remotePost("רחובות"), regions: "IL"},
		{name: "older spelling", p: remotePost("Rehovoth, Central District"), regions: "IL"},
	} {
		t.Run(tc.name, func(t *testing.T) { checkTruthCase(t, tc, opts) })
	}
}
