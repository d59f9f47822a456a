package normalize

import "strings"

// European job boards fed by the EURES network print a listing's place as
// a NUTS statistical region code: the country's two letters, then one or
// more letters and digits for the region ("ITC4" Lombardy, "DEA5" Arnsberg,
// "FRK21"). A location that is only such a code names its country.
//
// Only the countries whose first-level NUTS regions are letters are read
// (Germany DEA..DEG, France FRB..FRM and FRY, Italy ITC..ITI, the United
// Kingdom UKC..UKN), and the fourth character must be a digit. A code
// with a digit third ("SE11", "DE21", "PL91") is left to the other
// readers: it is also a British postcode district (London SE11, Derby
// DE21, Plymouth PL9). Warehouse and airport site codes ("FRA1" for
// Frankfurt, "LTN1" for Luton, "SEA22" for Seattle) do not fit the
// letter ranges.
var nutsFirstLevel = map[string]string{
	"DE": "ABCDEFG",
	"FR": "BCDEFGHIJKLMY",
	"IT": "CFGHI",
	"UK": "CDEFGHIJKLMN",
}

// nutsCountry maps the NUTS country letters to ISO codes where they differ.
var nutsCountry = map[string]string{"UK": "GB"}

// nutsCodeEntry returns the country of a location that is a bare NUTS
// region code ("ITC4", "DEA58", "UKI3", "ITC4C"), else nil.
func nutsCodeEntry(loc string) []string {
	for len(loc) > 0 && loc[0] == ' ' {
		loc = loc[1:]
	}
	for len(loc) > 0 && loc[len(loc)-1] == ' ' {
		loc = loc[:len(loc)-1]
	}
	if len(loc) < 4 || len(loc) > 5 {
		return nil
	}
	letters, ok := nutsFirstLevel[loc[:2]]
	if !ok || strings.IndexByte(letters, loc[2]) < 0 || loc[3] < '0' || loc[3] > '9' {
		return nil
	}
	if len(loc) == 5 && !(loc[4] >= '0' && loc[4] <= '9' || loc[4] >= 'A' && loc[4] <= 'Z') {
		return nil
	}
	if c, ok := nutsCountry[loc[:2]]; ok {
		return []string{c}
	}
	return []string{loc[:2]}
}
