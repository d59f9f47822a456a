package normalize

import "strings"

// A range whose two ends each carry their currency may be joined by a word
// that says "to" in French, Spanish, Portuguese, German or Dutch:
// "1 850,50 € à 2 120,75 €", "€ 2.400 bis € 2.900". When neither end
// states a period the two score the same and the first was kept alone;
// the start-side reader (worldRangeStart) only widens a kept second end,
// and its pattern takes no cents.

// markedToWords are the joining words read between two marked amounts.
var markedToWords = map[string]bool{"à": true, "a": true, "até": true, "hasta": true, "bis": true, "tot": true}

// markedWordRange (called in bestPay on each judged candidate that is no
// range) widens c to the next amount when only one of markedToWords and
// spaces stand between them, the next is pay in the same money, rises,
// and is at most ten times c. A period guessed from c's size alone is
// guessed again from the range's. It reports whether it did.
func markedWordRange(text string, c *payCandidate, next money, lenient bool) bool {
	if c.ranged || next.ranged || c.end > next.start || next.start-c.end > 8 || next.max > 10*c.max {
		return false
	}
	gap := text[c.end:next.start]
	if len(gap) < 3 || gap[0] != ' ' || gap[len(gap)-1] != ' ' || !markedToWords[strings.ToLower(strings.TrimSpace(gap))] {
		return false
	}
	guessed := c.score < 3 && c.unit == sizeUnit(c.money)
	if !joinRisingEnd(text, c, next, lenient) {
		return false
	}
	if guessed && c.score < 3 {
		c.unit = sizeUnit(c.money) // no period stated: the joined range's size names one ("1 850 € à 2 120 €" a month's)
	}
	return true
}
