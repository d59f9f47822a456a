package normalize

import (
	"regexp"
	"strings"
)

// A range's start is often written bare, its second end carrying the
// currency and the thousands for both: French "entre 42 et 48 k€", "TJM :
// 500 à 600 €", Spanish "de 30 a 35k €".
// The money scanner reads the second end alone; bareRangeStart widens it
// to the range. A joining word that is as often "and" (et, e, y, und) or
// Portuguese and Spanish "a" needs a start word before the amount (entre,
// tra, zwischen, von, de, da, od); a word that says "to" (à, bis, tot,
// til, do, až, hasta, até) does not. English words are left to the
// scanner ("between $40 and $50").

// bareRangeFrom is the bare start before the amount: an optional start
// word (group 1), the amount (group 2) and the joining word (group 3).
// The start may carry its own thousands and euro sign ("entre 45 K€ et
// 50 K€"); its thousands then come from the second end as for a bare start.
var bareRangeFrom = regexp.MustCompile(`(?i)(?:^|[^\p{L}\d.,'’])(?:(entre|tra|fra|zwischen|von|de|da|od|tussen|mellan)\s+)?(\d{1,3}(?:[ .,'’\x{00a0}]\d{3})+(?:[.,]\d{1,2})?|\d{1,7}(?:[.,]\d{1,2})?)(?:\s*[kK])?(?:\s*€)?\s*(et|e|y|und|a|à|bis|tot|til|till|do|až|hasta|até)\s+$`)

// bareRangeTo are the joining words that say "to" and need no start word.
var bareRangeTo = map[string]bool{"à": true, "bis": true, "tot": true, "til": true, "till": true, "do": true, "až": true, "hasta": true, "até": true}

// bareRangeStart (called beside wordRangeStart in bestPay) widens the
// one-amount candidate c to the range whose bare start is written right
// before it. The start takes c's thousands ("42 et 48 k€": 42,000) when c
// was written with a multiplier and the start is under a hundredth of it;
// it must then be below c's amount and at least a tenth of it.
func bareRangeStart(text string, c *payCandidate) {
	if c.ranged || c.start == 0 || c.start > len(text) {
		return
	}
	before := text[max(0, c.start-40):c.start]
	if !endsInRangeJoin(before) {
		return // most amounts: no joining word right before them
	}
	m := bareRangeFrom.FindStringSubmatchIndex(before)
	if m == nil {
		return
	}
	join := strings.ToLower(before[m[6]:m[7]])
	if m[2] < 0 && !bareRangeTo[join] && !groupedRangeStart(join, before[m[4]:m[5]]) { // "43.000 a 45.000 €" (pay_iberian.go)
		return // "3 e 4 €" with no start word: "and" as often as "to"
	}
	lo, _ := parseAmount(before[m[4]:m[5]], "")
	if c.kSuffix && lo > 0 && lo*100 < c.max && lo*1000 <= c.max {
		lo *= 1000 // "entre 35 et 40 K€": the thousands of the second end
	}
	if lo <= 0 || lo >= c.max || lo*10 < c.max {
		return
	}
	c.min, c.ranged = lo, true
	if m[2] >= 0 {
		c.start -= len(before) - m[2]
	} else {
		c.start -= len(before) - m[4]
	}
}

// endsInRangeJoin reports whether before ends in one of bareRangeFrom's
// joining words and a space: the cheap test before the regexp.
func endsInRangeJoin(before string) bool {
	b := strings.TrimRight(before, " \u00a0")
	if len(b) == len(before) {
		return false
	}
	w := b[strings.LastIndexAny(b, " \u00a0:")+1:]
	switch strings.ToLower(w) {
	case "et", "e", "y", "und", "a", "à", "bis", "tot", "til", "till", "do", "až", "hasta", "até":
		return true
	}
	return false
}
