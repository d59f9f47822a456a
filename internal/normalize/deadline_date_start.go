package normalize

import (
	"regexp"
	"strings"
)

// datesAt reports which of parseDateAt's expressions, all anchored at the
// start of s, may match it: month when s starts with a month name's first
// letter (j, f, m, a, s, o, n, d: reDateMD), num when it starts with a
// digit (reDateDM, reDateISO, reDateUS). A byte past ASCII may start a
// month name (the long s (?i) reads as the s of "sep"). parseDateAt gets
// the rest of the description after a deadline cue, often thousands of
// bytes, and each of the four searches sets up for all of it, even where
// its first byte fails. The reference run tries all four.
func datesAt(s string) (month, num bool) {
	if reference {
		return true, true
	}
	if s == "" {
		return false, false
	}
	c := s[0]
	switch {
	case c >= 0x80:
		return true, false
	case isDigit(c):
		return false, true
	}
	return isLetterByte(c) && strings.IndexByte("jfmasond", c|0x20) >= 0, false
}

// dateMatch is re.FindStringSubmatch(s) where may holds, else nil.
func dateMatch(may bool, re *regexp.Regexp, s string) []string {
	if !may {
		return nil
	}
	return re.FindStringSubmatch(s)
}
