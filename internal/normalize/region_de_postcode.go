package normalize

import (
	"regexp"
	"strings"
)

// "DE" after a town is Delaware's code and Germany's. With a five-digit
// postcode after it the two part: Delaware's ZIP codes run from 19700 to
// 19999, so "Walldorf, DE, 69190" and "Ulm, DE 89077" are in Germany.
// germanPostcodeLoc writes "Germany" for such a code; a Delaware ZIP
// ("Newark, DE 19711") and "DE" with no postcode are left to the code
// readers. earlyLocs (loc_early_rewrites.go) calls it before
// trimPostcodeTail drops the postcode. Table tests in region_de_postcode_test.go.
var dePostcode = regexp.MustCompile(`,\s*DE(?:,\s*|\s+)(\d{5})\b`)

// germanPostcodeLoc rewrites the German "DE" of loc (see above), or
// returns loc.
func germanPostcodeLoc(loc string) string {
	if len(loc) > 100 || !strings.Contains(loc, "DE") {
		return loc
	}
	m := dePostcode.FindStringSubmatchIndex(loc)
	if m == nil || strings.HasPrefix(loc[m[2]:m[3]], "19") && loc[m[2]+2] >= '7' {
		return loc
	}
	i := strings.Index(loc[m[0]:m[1]], "DE") + m[0]
	return loc[:i] + "Germany" + loc[i+2:]
}
