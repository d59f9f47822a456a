package normalize

import (
	"regexp"
	"strconv"
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
