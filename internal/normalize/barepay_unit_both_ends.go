package normalize

import "strings"

// bareRangeJoin returns the length of the joint between two amounts of a
// range at the start of s: a dash or "to" with spaces around it or not,
// then a digit (read by hand: this runs after every bare amount with a
// period). 0 when there is none.
func bareRangeJoin(s string) int {
	t := strings.TrimLeft(s, " ")
	switch {
	case strings.HasPrefix(t, "-"):
		t = t[1:]
	case strings.HasPrefix(t, "–"), strings.HasPrefix(t, "—"):
		t = t[len("–"):]
	case len(t) > 2 && (t[0]|0x20) == 't' && (t[1]|0x20) == 'o' && (t[2] == ' ' || isDigit(t[2])):
		t = t[2:]
	default:
		return 0
	}
	t = strings.TrimLeft(t, " ")
	if t == "" || !isDigit(t[0]) {
		return 0
	}
	return len(s) - len(t)
}

// bareRepeatedUnitEnd reads the far end of a range with no currency whose
// two ends each carry the period ("10 ph to 15ph", "20/hr - 25/hr"): m is
// a reBareAt match of the first end alone, with a period after it. It
// returns the second amount and where it ends, when right after the first
// end comes a joint and an amount with the same period and no range of its
// own. A second amount of another period ("10 ph to 15 per day") is no
// end of this range.
func bareRepeatedUnitEnd(text string, m []int) (hi float64, end int, ok bool) {
	if m[6] >= 0 || (m[10] < 0 && m[12] < 0) {
		return 0, 0, false // already a range, or no period after the amount
	}
	unit := unitWord(group(text, m, 5) + group(text, m, 6))
	rest := text[m[1]:]
	j := bareRangeJoin(rest)
	if j == 0 {
		return 0, 0, false
	}
	sub := reBareAt.FindStringSubmatchIndex(rest[j:])
	if sub == nil || sub[6] >= 0 {
		return 0, 0, false
	}
	second := rest[j:]
	if (sub[10] < 0 && sub[12] < 0) || unitWord(group(second, sub, 5)+group(second, sub, 6)) != unit {
		return 0, 0, false
	}
	v, _ := parseAmount(group(second, sub, 1), group(second, sub, 2))
	return v, m[1] + j + sub[1], v > 0
}
