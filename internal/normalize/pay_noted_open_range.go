package normalize

import (
	"regexp"
	"strings"
)

// notedUpToEnd ends a longer gap between an open range's two bounds: the gap
// may carry a short note about the low end before "up to" ("in the entry
// market up to", "for new starters, rising up to").
var notedUpToEnd = regexp.MustCompile(`(?i)\bup\s*to\s*$`)

// notedOpenRangeEnd is openRangeEnd for a gap of up to 90 characters holding a note: "from
// $61,000/year for our smallest offices up to $88,000/year for the
// largest". The gap must stay in one clause (no full stop, semicolon or line
// break) and end in "up to"; the low end must follow "from", "starting at"
// and the like; the ends must agree in currency and unit and the high end be
// higher. A general shape: the note's words are not read.
func notedOpenRangeEnd(text string, c payCandidate, next money, lenient bool) (payCandidate, bool) {
	between := text[c.end:next.start]
	if len(between) > 90 || !strings.Contains(strings.ToLower(between), "up") || strings.ContainsAny(between, ".;\n") || !notedUpToEnd.MatchString(between) {
		return payCandidate{}, false
	}
	if !lowerBoundBefore.MatchString(text[max(0, c.start-24):c.start]) {
		return payCandidate{}, false
	}
	d, ok := judge(text, next, lenient)
	if !ok {
		d, ok = sameSuffixEnd(text, c, next)
	}
	if !ok || d.ranged || d.currency != c.currency || d.unit != c.unit || d.max <= c.max {
		return payCandidate{}, false
	}
	return d, true
}

// sameSuffixEnd reads the high end by the low end's own period suffix when
// the words after it would reject it on their own ("up to $88,000/year in
// our largest market": "market" reads as a market size): the high end
// repeats the low end's "/year", "/hr", " per hour" exactly.
func sameSuffixEnd(text string, c payCandidate, next money) (payCandidate, bool) {
	if next.big || next.ranged || next.currency != c.currency {
		return payCandidate{}, false
	}
	low := text[c.start:c.end]
	last := strings.LastIndexAny(low, "0123456789kK")
	if last < 0 {
		return payCandidate{}, false
	}
	suffix := low[last+1:]
	if strings.IndexFunc(suffix, func(r rune) bool { return r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' }) < 0 {
		return payCandidate{}, false
	}
	if !strings.HasPrefix(strings.ToLower(text[next.end:]), strings.ToLower(suffix)) {
		return payCandidate{}, false
	}
	d := payCandidate{money: next, unit: c.unit, score: c.score}
	d.end = next.end + len(suffix)
	return d, true
}
