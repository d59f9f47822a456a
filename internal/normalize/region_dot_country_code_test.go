package normalize

import (
	"testing"
	"time"
)

// dotCodeCases: a three-letter country code joined to a town by a full
// stop, beside look-alikes that must keep the reading they had before.
var dotCodeCases = []truthCase{
	{name: "dutch office", p: remotePost("NLD.Utrecht"), regions: "NL"},
	{name: "brazilian office", p: remotePost("BRA.Curitiba"), regions: "BR"},
	{name: "indian office (a code that is also a word elsewhere)", p: remotePost("IND.Chennai"), regions: "IN"},
	{name: "canadian office (a code that is also a word elsewhere)", p: remotePost("CAN.Halifax"), regions: "CA"},
	{name: "us office", p: remotePost("USA.Denver"), regions: "US"},
	{name: "trap: a saint's abbreviation", p: remotePost("St.Louis, MO"), regions: "US"},
	{name: "trap: a company suffix", p: remotePost("INC.Remote Team"), regions: "none"},
	{name: "trap: three capitals that are no country", p: remotePost("XYZ.Springfield"), regions: "none"},
	{name: "trap: an upper-case town after the stop", p: remotePost("DEU.MUNICH"), regions: "none"},
	{name: "trap: a code inside a longer field", p: remotePost("Remote - FRA.Lyon"), regions: "none"},
	// A three-letter code as the last comma part after an unlisted town.
	{name: "ecuadorian town with ecuador's code", p: remotePost("Cumbayá, ECU"), regions: "EC"},
	{name: "guatemalan town, department and code", p: remotePost("Mixco, Guatemala, GTM"), regions: "GT"},
	{name: "a remote word before the code", p: remotePost("Remote, URY"), regions: "UY"},
	{name: "trap: colorado's short form after a us town", p: remotePost("Denver, COL"), regions: "US"},
	{name: "unchanged: a code the country table reads already", p: remotePost("Springfield, IND"), regions: "IN"},
	{name: "trap: an airport code that is no country", p: remotePost("Atlanta, ATL"), regions: "US"},
	{name: "trap: a lower-case tail", p: remotePost("Cumbayá, ecu"), regions: "none"},
}

func TestDotCountryCode(t *testing.T) {
	opts := Options{Now: time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)}
	for _, tc := range dotCodeCases {
		t.Run(tc.name, func(t *testing.T) { checkTruthCase(t, tc, opts) })
	}
	for _, c := range []struct{ in, want string }{
		{"NLD.Utrecht", "Netherlands - Utrecht"},
		{"GBR.2nd Floor", ""}, // a number after the stop
		{"AB.Calgary", ""},    // two letters: not this layout
		{"MEX.Ciudad de México", "Mexico - Ciudad de México"},
	} {
		got := dotCountryCode(c.in)
		if c.want == "" && got != "" || c.want != "" && got == "" {
			t.Errorf("dotCountryCode(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}
