package normalize

import "strings"

// onsiteAside asks three small regexps about the bytes around every
// on-site word; a regexp anchored at one end of its text still tries the
// whole of its alternation there, and the one anchored at the end
// (onsiteDenied) tries every start. These gates read the one byte every
// match needs there, past the white space (and the dashes or commas) the
// expressions allow. A byte past ASCII (the long s (?i) reads as s) is
// left to the regexp, as is every text in the reference run.

// deniedMayEnd reports whether onsiteDenied may match before: every match
// ends with "no", "not", "non", "n't", "without", "a", "an" or "any",
// then white space and dashes to the end.
func deniedMayEnd(before string) bool {
	if reference {
		return true
	}
	i := len(before) - 1
	for i >= 0 && isSpaceOrAny(before[i], "-") {
		i--
	}
	return i >= 0 && (before[i] >= 0x80 || strings.IndexByte("otnay", before[i]|0x20) >= 0)
}

// eventMayStart reports whether onsiteEvent may match after: every match
// starts, past white space and dashes, with interviews, retreats, events,
// meet-ups, visits, offsites, gatherings, summits, workshops or
// requirements.
func eventMayStart(after string) bool {
	return mayStartWith(after, "-", "irevmogsw", false)
}

// visitMayStart reports whether officeVisit may match after: every match
// starts, past white space and commas, with about, around, only, just,
// once, twice, occasionally, sometimes, now and then, from time to time, a
// few times, several times, a number, one to four, for, on, if or
// when(ever).
func visitMayStart(after string) bool {
	return mayStartWith(after, ",", "aojtsnfiw", true)
}

// mayStartWith reports whether s, past its leading white space and skip
// bytes, starts with a byte past ASCII, a letter of letters (lower case,
// either case matching) or, when digits, a digit.
func mayStartWith(s, skip, letters string, digits bool) bool {
	if reference {
		return true
	}
	i := 0
	for i < len(s) && isSpaceOrAny(s[i], skip) {
		i++
	}
	if i == len(s) {
		return false
	}
	c := s[i]
	return c >= 0x80 || digits && isDigit(c) || isLetterByte(c) && strings.IndexByte(letters, c|0x20) >= 0
}

// isSpaceOrAny reports regexp's \s (tab, newline, form feed, carriage
// return, space) or a byte of more.
func isSpaceOrAny(c byte, more string) bool {
	return c == ' ' || c == '\t' || c == '\n' || c == '\f' || c == '\r' || strings.IndexByte(more, c) >= 0
}
