package normalize

import "strings"

// Byte scans for the hot strings.IndexAny calls of the HTML-to-text path
// (sanitizePlain, plainTextRun, unglue). Each walks a text forwards,
// asking for the next of a few ASCII bytes from a growing offset;
// strings.IndexAny builds its byte set on every call and tests the text
// a byte at a time. An anyScan keeps, for each byte, where it next
// occurs, found by strings.IndexByte (vector code) and looked for again
// only once the walk has passed it: the rare bytes ('\r', NUL, '!') are
// found missing in one fast pass. Results are strings.IndexAny's
// (TestAnyScanSame, FuzzAnyScan).

// anyScan finds the bytes of chars (ASCII, at most 8) in s.
type anyScan struct {
	s     string
	chars string
	// next[k] is the offset of chars[k] at or after the last offset
	// asked for, len(s) when there is none.
	next [8]int
}

// newAnyScan starts a scan of s for chars.
func newAnyScan(s, chars string) anyScan {
	if len(chars) > 8 {
		panic("anyScan: more than 8 bytes: " + chars)
	}
	a := anyScan{s: s, chars: chars}
	for k := range a.next {
		a.next[k] = -1 // not looked for yet
	}
	return a
}

// indexFrom is strings.IndexAny(a.s[i:], a.chars) for 0 <= i <= len(a.s);
// i must not decrease from one call to the next.
func (a *anyScan) indexFrom(i int) int {
	best := len(a.s)
	for k := 0; k < len(a.chars); k++ {
		n := a.next[k]
		if n < i {
			if j := strings.IndexByte(a.s[i:], a.chars[k]); j >= 0 {
				n = i + j
			} else {
				n = len(a.s)
			}
			a.next[k] = n
		}
		best = min(best, n)
	}
	if best == len(a.s) {
		return -1
	}
	return best - i
}

// The byte sets of the scans.
const (
	sanitizeStops = "<>&'\"\r\x00" // sanitizePlain
	textRunStops  = "&\r\x00"      // plainTextRun
	sentenceStops = ".!?;:"        // unglue
)
