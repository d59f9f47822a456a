package normalize

import (
	"hash/fnv"
	"unicode/utf8"
)

// unitAfter's guard (guard_anchored.go) lets through the texts that
// start as a period does, and most of those hold one: "an hour, paid
// through ...", " per hour. Budget ...", "/hr, paid every two weeks". Its
// expression, with units in eight languages, is far too large for the
// regexp package's backtracking matcher: each such call runs the NFA over
// hundreds of threads, about ten microseconds. unitAfterQuick reads the
// common English forms by hand and gives the regexp's answer without it:
//
//	\s* (per | an | a | each | every | /) \s* UNIT
//
// where the connector before the white space is a whole ASCII word ("/"
// needs none) and UNIT a whole ASCII word, one of unitQuickWords, followed
// by the text's end or an ASCII byte that is no word byte. Anything else
// (another word, a qualifier as "per completed hour", a rune past ASCII
// after either word) is left to the regexp.
//
// Why that is the regexp's match, submatches included, under its
// leftmost-first (backtracking priority) semantics:
//
//   - The leading loop of pay words (vat, currencies, extra, gross, net,
//     base, pre-tax, before tax, or more, plus, paid, dollars, euros,
//     pounds, brutto, netto, bruto, brut) cannot start at the first byte
//     other than white space: none of its words starts with "pe", "an",
//     "a" then no word byte, "ea", "ev" or "/" (nor with white space left
//     after \s* took it all). So it matches nothing, and the \s* after it
//     takes all the leading white space (a shorter take would leave the
//     connector to start with white space).
//   - The first alternative (connector, unit) is tried before the second
//     (an adverb: "hourly", "bi-weekly", ...); where it succeeds its match
//     is the answer. Among the connectors only the one spelled in the text
//     can match its whole word; "an?" takes the "n" when present.
//   - The qualifier ("completed", "finished", ...) is optional and greedy:
//     tried first, it fails on a unit word, none of which it spells.
//   - Among the units the first alternative that matches the whole word
//     (the \b after the group rules out a part of a word) is one of the
//     plain literals at the head of the list, before any alternative with
//     a group of its own: group 1 is the unit word, group 2 and any later
//     are unset, and the match ends at the unit's end.
//
// The reasoning is about unitAfter's expression as it is: unitQuickPinned
// holds its hash, and the quick path is off when the expression differs
// (TestUnitQuickPinned then fails, to have this checked again).
// TestUnitQuickSame and FuzzUnitQuick compare it with the regexp.
func unitAfterQuick(s string) ([]int, bool) {
	i := skipRegexpSpace(s, 0)
	j := i
	if i < len(s) && s[i] == '/' {
		j = i + 1
	} else {
		j = wordEnd(s, i)
		if j < len(s) && s[j] >= utf8.RuneSelf {
			return nil, false
		}
		switch w := s[i:j]; len(w) {
		case 1:
			if w[0]|0x20 != 'a' {
				return nil, false
			}
		case 2, 3, 4, 5:
			if !equalFoldASCII(w, "an") && !equalFoldASCII(w, "per") && !equalFoldASCII(w, "each") && !equalFoldASCII(w, "every") {
				return nil, false
			}
		default:
			return nil, false
		}
	}
	k := skipRegexpSpace(s, j)
	e := wordEnd(s, k)
	if e == k || e-k > maxQuickUnit || e < len(s) && s[e] >= utf8.RuneSelf {
		return nil, false
	}
	var buf [maxQuickUnit]byte
	for n := k; n < e; n++ {
		buf[n-k] = lowerBytes[s[n]]
	}
	if !unitQuickWords[string(buf[:e-k])] {
		return nil, false
	}
	m := make([]int, 2*(unitAfter.NumSubexp()+1))
	for n := range m {
		m[n] = -1
	}
	m[0], m[1], m[2], m[3] = 0, e, k, e
	return m, true
}

// unitQuickWords are the units unitAfterQuick reads: each is matched whole
// by one of the plain literals that open unitAfter's list of units
// (hours?|hrs?|h|std|days?|d|weeks?|wk|months?|mo|mth|years?|yr|annum|
// minutes?|min|...).
var unitQuickWords = map[string]bool{"hour": true, "hours": true, "hr": true, "hrs": true, "h": true,
	"day": true, "days": true, "week": true, "weeks": true, "wk": true, "month": true, "months": true,
	"mo": true, "mth": true, "year": true, "years": true, "yr": true, "minute": true, "minutes": true, "min": true}

// maxQuickUnit is the longest of unitQuickWords.
const maxQuickUnit = 7

// skipRegexpSpace returns the end of the run of \s (Go's: \t \n \f \r and
// space, not \v) at i.
func skipRegexpSpace(s string, i int) int {
	for i < len(s) && (s[i] == ' ' || s[i] == '\t' || s[i] == '\n' || s[i] == '\f' || s[i] == '\r') {
		i++
	}
	return i
}

// equalFoldASCII reports whether s is the lower-case ASCII word w, ASCII
// case ignored.
func equalFoldASCII(s, w string) bool { return len(s) == len(w) && hasPrefixFold(s, w) }

// unitQuickPinned is the FNV-1a hash of unitAfter's expression that
// unitAfterQuick was written for. (A later change added "p/a" to the
// adverb alternative, the second one; no connector, unit or word of the
// leading loop changed, and a text starting "p/" is none the quick path
// answers, so the reasoning above stands. Another added "weekends?"
// to perItem, after every plain literal the quick path reads: a whole
// "week" or "weeks" is still matched by "weeks?" first, and "weekend" is
// none of unitQuickWords. Another added a lower-case "ph" (per hour)
// to the adverb alternative: a text starting "ph" has no connector the
// quick path reads, so it answers none of them. Another added the
// Chinese hour and week signs (时, 時, 周, 週, 星期) after "/" in
// periodLocal, beside the day, month and year signs there: the quick path
// answers only ASCII unit words, so none of them. Another added "p/yr"
// and "p/y" beside "p/a": a text starting "p/" the quick path still does
// not answer.)
const unitQuickPinned = 0x75d87c1cd19e1d05

// unitQuickOn reports whether unitAfter's expression is the one the quick
// path was written for.
var unitQuickOn = exprHash(unitAfter.String()) == unitQuickPinned

func exprHash(expr string) uint64 {
	h := fnv.New64a()
	h.Write([]byte(expr))
	return h.Sum64()
}

// normspeed9Off turns this file's quick paths off: the reference the
// tests and benchmarks compare them with.
var normspeed9Off = false

// quick answers s without the regexp when a's quick path can (only
// unitAfter has one), as FindStringSubmatchIndex would.
func (a *anchoredRe) quick(s string) ([]int, bool) {
	if a != unitAfter || !unitQuickOn || normspeed9Off || reference {
		return nil, false
	}
	return unitAfterQuick(s)
}
