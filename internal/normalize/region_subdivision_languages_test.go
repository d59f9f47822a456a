package normalize

import (
	"testing"
	"time"
)

// subdivisionLanguageCases: US states and Canadian provinces named in
// further languages, countries' names that the subdivision table held as
// another country's subdivision, and subdivisions in lower-case locations
// (gensubdivisions.go, region_subdivisions_iso.go).
var subdivisionLanguageCases = []truthCase{
	{name: "french florida", p: remotePost("Floride"), regions: "US"},
	{name: "japanese state with its suffix", p: remotePost("カリフォルニア州"), regions: "US"},
	{name: "japanese state without it", p: remotePost("ハワイ"), regions: "US"},
	{name: "chinese state", p: remotePost("夏威夷"), regions: "US"},
	{name: "russian state", p: remotePost("Калифорния"), regions: "US"},
	{name: "turkish state", p: remotePost("Batı Virginia"), regions: "US"},
	{name: "german georgia is the country", p: remotePost("Remote - Georgien"), regions: "GE"},
	{name: "nordic china", p: remotePost("Kina (remote)"), regions: "CN"},
	{name: "german cuba", p: remotePost("Kuba"), regions: "CU"},
	{name: "french barbados", p: remotePost("Barbade"), regions: "BB"},
	{name: "lower-case town and state", p: remotePost("cuernavaca, morelos"), regions: "MX"},
	{name: "lower-case english county after a town", p: remotePost("sidcup, kent"), regions: "GB"},
	// Traps.
	{name: "trap: an english county another language calls an island", p: remotePost("Norwich, Norfolk"), regions: "GB"},
	{name: "trap: a french given name", p: remotePost("Virginie"), regions: "none"},
	{name: "trap: georgia beside a state", p: remotePost("Remote, Georgia, New York"), regions: "US"},
	{name: "trap: georgia alone", p: remotePost("Georgia"), regions: "GE"},
	{name: "trap: a county in lower case inside a mixed-case location", p: remotePost("Remote - kent"), regions: "none"},
	{name: "a lower-case field that is a state and its capital's name (region_lower_field.go)", p: remotePost("campeche"), regions: "MX"},
	{name: "trap: remote in lower case", p: remotePost("remote"), regions: "none"},
	{name: "trap: a town of two countries", p: remotePost("Durango"), regions: "none"},
}

func TestSubdivisionLanguages(t *testing.T) {
	opts := Options{Now: time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)}
	for _, tc := range subdivisionLanguageCases {
		t.Run(tc.name, func(t *testing.T) { checkTruthCase(t, tc, opts) })
	}
}
