package normalize

import "regexp"

// A US pay-transparency sentence names its place as "City, CA" ("the
// range for this role in Irvine, CA is $120,000 to $150,000"): CA there is
// California, not Canada. caStateOnly reports whether the only Canada in a
// pay's sentence is such a two-letter state after a comma: with every
// ", CA" cut out the sentence names Canada no longer (a Canadian city or
// province still does: "Toronto, CA", "Vancouver, BC").

// commaCA is ", CA" as a state or country code after a place name.
var commaCA = regexp.MustCompile(`,\s*CA\b`)

// caStateOnly reports whether sentence s reads as Canada only through
// ", CA".
func caStateOnly(s string) bool {
	if !commaCA.MatchString(s) {
		return false
	}
	for _, r := range Regions(commaCA.ReplaceAllString(s, " ")) {
		if r == "CA" {
			return false
		}
	}
	return true
}
