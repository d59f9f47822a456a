package normalize

import (
	"regexp"
	"strings"
)

// "US" and "CA" joined as a pair of options (table tests in
// region_us_ca_codes_test.go): "Remote (US/CA)", "Remote - US & CA", "USA
// or CA" name the US and Canada. Regions reads a state code right after
// "US" as the state ("US, CA, Santa Clara" is California); a slash, an
// ampersand, a plus, "and" or "or" between the two codes joins two
// countries instead, as does a bracket holding the two alone ("Remote (US,
// CA)").

// usCanadaPair reports "US" (or "USA") and "CA" joined as options in s.
func usCanadaPair(s string) bool {
	if len(s) > 80 || !strings.Contains(s, "CA") || !strings.Contains(s, "US") {
		return false
	}
	return usCanadaJoined.MatchString(s)
}

var usCanadaJoined = regexp.MustCompile(`\bUSA?\s*(?:/|&|\+|\band\b|\bor\b)\s*CA\b|\bCA\s*(?:/|&|\+|\band\b|\bor\b)\s*USA?\b|\(\s*USA?\s*,\s*CA\s*\)`)
