package normalize

import (
	"regexp"
	"strings"
)

// A range in a marked Latin American currency joined by a Spanish word:
// "entre Q9,500 y Q11,000", "S/ 2,800 hasta S/ 3,300", "de Q6,000 al
// Q7,500". markPreAt joins two ends with a dash or "a" only. "y" (and),
// "al" and "hasta" (up to) join them here only when the second end carries
// the same mark: "Q5,000 y 2 semanas de vacaciones" is an amount and
// something else, not a range.

// spanishMarkedJoin is the joining word and the second end with its mark,
// right after the first end: the mark (first group) and the figure
// (second).
var spanishMarkedJoin = regexp.MustCompile(`^\s*(?:y|al|hasta)\s+(` + markPre + `)[ \x{00a0}]?(` + markNum + `)(?:[^\d\p{L}]|$)`)

// spanishMarkedRangeEnd widens m, a markPreAt match in text with one end
// and no multiplier, to the second end joined by a Spanish word (indexes as
// markPreAt's: m[1] the end, m[2:4] the mark, m[8:10] the second figure).
// The second end must rise and be at most ten times the first.
func spanishMarkedRangeEnd(text string, m []int) {
	if m[8] >= 0 || m[6] >= 0 || m[1] >= len(text) {
		return
	}
	after := text[m[1]:min(len(text), m[1]+40)]
	if !strings.Contains(after, "y ") && !strings.Contains(after, "al ") && !strings.Contains(after, "hasta") {
		return
	}
	j := spanishMarkedJoin.FindStringSubmatchIndex(after)
	if j == nil || after[j[2]:j[3]] != text[m[2]:m[3]] {
		return
	}
	lo, _ := parseAmount(strings.ReplaceAll(text[m[4]:m[5]], ",", ""), "")
	hi, _ := parseAmount(strings.ReplaceAll(after[j[4]:j[5]], ",", ""), "")
	if lo <= 0 || hi <= lo || hi > lo*10 {
		return
	}
	m[8], m[9], m[1] = m[1]+j[4], m[1]+j[5], m[1]+j[5]
}

// prestacionesAfter is "plus benefits" in Spanish right after an amount:
// "Q9,000 más prestaciones de ley", "S/ 3,000 + prestaciones". Only pay
// is offered with benefits on top, so it marks the amount as pay.
var prestacionesAfter = regexp.MustCompile(`(?i)^\s*(?:\+|m[aá]s)\s*prestaciones\b`)
