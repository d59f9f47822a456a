package normalize

// Literal checks that tell the effort readers which windows cannot hold a
// match of their regexps, so that the regexps do not run there (most
// windows around "week", "month" or "h" hold none: "each week", "the
// final month", "with"). Each check is a necessary condition of a match in
// the window as the regexp sees it (the window is its whole text).
//
// Every match of reWeekly, reHourWeek, reTotal and reDuration holds a
// number (\d or a numWord word) followed by `[\s+-]*` and its unit: "h"
// (hours?|hrs?|h) or "day", "week", "wk", "mo", "year", "yr". A text with
// runes that fold to ASCII letters (ſ, K) may spell them otherwise: such
// windows are never skipped.

// numEnds are the last words of the numWord words, lower case.
var numEnds = []string{"one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
	"eleven", "twelve", "fifteen", "twenty", "thirty", "forty", "fifty", "a", "an", "of", "few"}

// numberBefore reports whether w[:i], without the white space (\s), "+"
// and "-" at its end, ends in a digit or one of numEnds (ASCII case
// ignored).
func numberBefore(w string, i int) bool {
	for i > 0 && (w[i-1] == ' ' || w[i-1] == '\t' || w[i-1] == '\n' || w[i-1] == '\f' || w[i-1] == '\r' || w[i-1] == '+' || w[i-1] == '-') {
		i--
	}
	switch {
	case i == 0:
		return false
	case isDigit(w[i-1]):
		return true
	case !isLetterByte(w[i-1]):
		return false
	}
	for _, e := range numEnds {
		if i >= len(e) && hasPrefixFold(w[i-len(e):], e) {
			return true
		}
	}
	return false
}

// skipSpaces skips `\s*` from i.
func skipSpaces(w string, i int) int {
	for i < len(w) && (w[i] == ' ' || w[i] == '\t' || w[i] == '\n' || w[i] == '\f' || w[i] == '\r') {
		i++
	}
	return i
}

// unitFirst marks the first bytes of the units, both cases: 1 for "h", 2
// for "d", "w", "m" and "y".
var unitFirst = func() (t [256]uint8) {
	for _, c := range "hH" {
		t[c] = 1
	}
	for _, c := range "dwmyDWMY" {
		t[c] = 2
	}
	return t
}()

// hourAfterNumber calls ok at each "h" of w after a number; true when ok does.
func hourAfterNumber(w string, ok func(i int) bool) bool {
	for i := 0; i < len(w); i++ {
		if unitFirst[w[i]] == 1 && numberBefore(w, i) && ok(i) {
			return true
		}
	}
	return false
}

// mayTotal: reTotal's unit, `(?:hours?|hrs?)\b`, starts with "h".
func mayTotal(w string) bool {
	return hourAfterNumber(w, func(int) bool { return true })
}

// mayWeekly: after reWeekly's unit (letters only, then \b), `\.?\s*` and
// "/", "per", "a", "an", "each", "every", "weekly", "daily" or "monthly".
func mayWeekly(w string) bool {
	return hourAfterNumber(w, func(i int) bool {
		for i < len(w) && isLetterByte(w[i]) {
			i++
		}
		if i < len(w) && w[i] == '.' {
			i++
		}
		r := w[skipSpaces(w, i):]
		return r != "" && r[0] == '/' || hasPrefixFold(r, "per") || hasPrefixFold(r, "a") || hasPrefixFold(r, "e") ||
			hasPrefixFold(r, "weekly") || hasPrefixFold(r, "daily") || hasPrefixFold(r, "monthly")
	})
}

// mayHourWeek: reHourWeek's `hours?[\s-]*(?:work)?\s*week`.
func mayHourWeek(w string) bool {
	return hourAfterNumber(w, func(i int) bool {
		if !hasPrefixFold(w[i:], "hour") {
			return false
		}
		i += 4
		if i < len(w) && w[i]|0x20 == 's' {
			i++
		}
		for i < len(w) && (w[i] == '-' || w[i] == ' ' || w[i] == '\t' || w[i] == '\n' || w[i] == '\f' || w[i] == '\r') {
			i++
		}
		if hasPrefixFold(w[i:], "work") {
			i = skipSpaces(w, i+4)
		}
		return hasPrefixFold(w[i:], "week")
	})
}

// mayDuration: reDuration's unit starts with "day", "week", "wk", "mo",
// "year" or "yr".
func mayDuration(w string) bool {
	for i := 0; i < len(w); i++ {
		if unitFirst[w[i]] != 2 {
			continue
		}
		r := w[i:]
		if (hasPrefixFold(r, "day") || hasPrefixFold(r, "week") || hasPrefixFold(r, "wk") || hasPrefixFold(r, "mo") ||
			hasPrefixFold(r, "year") || hasPrefixFold(r, "yr")) && numberBefore(w, i) {
			return true
		}
	}
	return false
}

// skipWindow reports a window in which may finds no place for a match (and
// no rune that folds to an ASCII letter).
func skipWindow(w string, may func(string) bool) bool {
	return may != nil && !reference && !effortChecksOff && !may(w) && !slowText(w)
}

// effortChecksOff turns the checks off: only BenchmarkNormspeed7AB sets it,
// to compare.
var effortChecksOff bool
