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

// caPayLabel is CA as the state that labels a figure of a pay table: "CA
// Minimum, $161,520 CA Maximum, $207,504", "CA Salary Range: $90,000".
// Canada is not written so before a pay word.
var caPayLabel = regexp.MustCompile(`\bCA\s+(?:Min(?:imum)?|Max(?:imum)?|Mid(?:point)?|Salary|Pay|Base|Hourly|Annual)\b`)

// caStateOnly reports whether sentence s reads as Canada only through
// ", CA".
func caStateOnly(s string) bool {
	if !commaCA.MatchString(s) && !caPayLabel.MatchString(s) {
		return false
	}
	for _, r := range Regions(caPayLabel.ReplaceAllString(commaCA.ReplaceAllString(s, " "), " ")) {
		if r == "CA" {
			return false
		}
	}
	return true
}
