package normalize

import (
	"regexp"
	"strings"
)

// A German, Austrian or Swiss board writes the work mode first and the
// state after a comma or a dash: "Homeoffice, Steiermark", "Home Office -
// Oberösterreich", "Home-Office / Tirol". The place is where the remote
// worker lives. Many of these states are known only to the ISO 3166-2
// table (region_subdivisions_iso.go), which Regions does not read, so the
// place is read by subdivisionCountry as well. The one-word "Homeoffice"
// is German and may come with any place outside the United States; the
// two-word "Home Office" is also an English head office (US) and a
// British ministry, so after it the place must be in Germany, Austria,
// Switzerland or Liechtenstein. Table tests in
// remote_homeoffice_subdivision_test.go.
var homeofficeSubdivRe = regexp.MustCompile(`(?i)^\s*(?:100\s?%\s*)?home([- ]?)office\s*(?:[,/|]|\s[-–—]\s)\s*(?:bundesland\s+|kanton\s+|canton\s+)?([\p{L}][\p{L} .'-]{1,40})$`)

// homeofficeSubdivLoc reports a home office in a named state.
func homeofficeSubdivLoc(loc string) bool {
	if len(loc) > 64 || !containsFold(loc, "office") {
		return false
	}
	m := homeofficeSubdivRe.FindStringSubmatch(loc)
	if m == nil {
		return false
	}
	c := homeofficePlaceCountry(strings.TrimSpace(m[2]))
	if c == "" || c == "US" {
		return false
	}
	if m[1] == "" { // "Homeoffice"
		return true
	}
	switch c {
	case "DE", "AT", "CH", "LI":
		return true
	}
	return false
}

// homeofficePlaceCountry returns the one country a place names, by
// Regions or by the subdivision table, or "".
func homeofficePlaceCountry(place string) string {
	if rs := Regions(place); len(rs) > 0 {
		if len(rs) == 1 {
			return rs[0]
		}
		return ""
	}
	return subdivisionCountry(place)
}
