package normalize

import "regexp"

// An Australian street address ends in a state's abbreviation and a
// four-digit postcode ("Tullamarine, VIC 3043", "Parramatta NSW 2150",
// "Hobart TAS 7000, Australia"): a plain "$" in such a listing is
// Australian dollars even when the town is one no place list holds. US
// ZIP codes have five digits, so "Seattle, WA 98101" is not read. Table
// tests in pay_au_postcode_dollar_test.go.
var auStatePostcode = regexp.MustCompile(`(?:^|[\s,])(?:NSW|VIC|QLD|TAS|ACT|NT|WA|SA)\s+\d{4}(?:\s*,\s*Australia)?\s*$`)

// auPostcodePlace reports a location written as an Australian address, or
// as a town and one of the four state codes no other place uses.
func auPostcodePlace(locs []string) bool {
	for _, loc := range locs {
		if len(loc) >= 7 && (isDigit(loc[len(loc)-1]) || loc[len(loc)-1] == 'a') && auStatePostcode.MatchString(loc) {
			return true
		}
		if auStateAloneLoc(loc) != "" {
			return true // "Griffith NSW", "Ballarat, VIC": a state no other country has (region_au_state_alone.go)
		}
	}
	return false
}
