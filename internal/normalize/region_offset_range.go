package normalize

import (
	"regexp"
	"strconv"

	"github.com/gigscout/gigscout/internal/model"
)

// An offset range names a band of time zones, not Europe, once one of its
// ends leaves UTC+0..+3: "UTC-5 to UTC+1 core hours" reaches the Americas,
// "GMT+1 – GMT+8" Asia. euZoneRegions asks inWideOffsetRange before it
// reads a UTC/GMT+1 or +2 at such an end as a European scope; a range kept
// within Europe ("UTC+0 to UTC+2") still reads as before.
var offsetRange = regexp.MustCompile(`(?i)(?:UTC|GMT)\s?([+\-−])\s?(\d{1,2})(?::\d\d)?\s*(?:to|and|–|—|-)\s*(?:(?:UTC|GMT)\s?)?([+\-−])\s?(\d{1,2})`)

// inWideOffsetRange reports whether the zone literal at i belongs to an
// offset range with an end outside UTC+0..+3. Only a short window around i
// is searched.
func inWideOffsetRange(text string, i int) bool {
	lo, hi := max(0, i-24), min(len(text), i+24)
	w := text[lo:hi]
	for _, m := range offsetRange.FindAllStringSubmatchIndex(w, -1) {
		if i-lo < m[0] || i-lo >= m[1] {
			continue
		}
		a, b := signedOffset(w[m[2]:m[3]], w[m[4]:m[5]]), signedOffset(w[m[6]:m[7]], w[m[8]:m[9]])
		if a < 0 || a > 3 || b < 0 || b > 3 {
			return true
		}
	}
	return false
}

// signedOffset is an offset's hours with its sign: "-" or "−" is west.
func signedOffset(sign, digits string) int {
	n, _ := strconv.Atoi(digits)
	if sign != "+" {
		return -n
	}
	return n
}

// offsetRangeAside is an offset range followed by the places it spans in
// brackets: "between GMT-1 and GMT+3 (Europe, Africa and the Middle
// East)", "UTC-3 to UTC+1 (Latin America or Europe)".
var offsetRangeAside = newKeyRegexp(`(?i)(?:UTC|GMT)\s?[+\-−]\s?\d{1,2}(?::\d\d)?\s*(?:to|and|–|—|-)\s*(?:(?:UTC|GMT)\s?)?[+\-−]\s?\d{1,2}(?::\d\d)?\s*(?:time\s*zones?\s*)?\(([^()\n]{3,80})\)`,
	0, 140, "utc", "gmt")

// offsetRangePlaces reads the bracketed places of such a range for a
// remote listing that names no region otherwise (table tests in
// remote_hands_on_titles_test.go).
func offsetRangePlaces(text string, ri RemoteInfo) RemoteInfo {
	if len(ri.Regions) > 0 {
		return ri
	}
	return listedPlaces(offsetRangeAside, text, ri)
}

// listedPlaces sets a remote listing's regions to the place list re's
// first submatch reads; ri as it was when there is none.
func listedPlaces(re *keyRegexp, text string, ri RemoteInfo) RemoteInfo {
	if ri.Remote != model.RemoteRemote {
		return ri
	}
	m := re.FindAllStringSubmatch(text, 1)
	if m == nil {
		return ri
	}
	if rs := regionList(m[0][1]); len(rs) > 0 {
		ri.Regions = rs
	}
	return ri
}

// entityCountries is remote work allowed in the countries where the
// employer has an entity, listed after a colon or in brackets: "Remote in
// any country where we have a legal entity: France, Germany or the
// Netherlands". The list is the scope (not the whole world "any country"
// would say, nor a board's wider "Remote - EU").
var entityCountries = newKeyRegexp(`(?i)\b(?:in|from)\s+any\s+(?:of\s+the\s+)?countr(?:y|ies)\s+(?:where|in\s+which)\s+we\s+(?:have|operate|run)\s+(?:an?\s+)?(?:legal\s+|registered\s+)?(?:entity|entities|payroll|presence)\s*(?:[:(]|[-–—]\s)\s*([^\n()]{3,100})`,
	20, 180, "any countr", "any of the countr")

// entityCountryPlaces narrows a remote listing's regions to such a list.
func entityCountryPlaces(text string, ri RemoteInfo) RemoteInfo {
	return listedPlaces(entityCountries, text, ri)
}
