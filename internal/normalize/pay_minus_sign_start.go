package normalize

import (
	"regexp"
	"strings"
)

// minusStartFrom is a bare range start written before a minus sign (U+2212)
// right before an amount: "45 000 − " in "45 000 − 60 000 ₽". The start
// carries no currency of its own (a start with its own sign is an amount
// the money scanner reads, joined by minusSignRange); it must follow the
// text's start, a space, "(" or ":" so that it is no tail of another
// number or code.
var minusStartFrom = regexp.MustCompile(`(?:^|[\s(:])(\d{1,3}(?: \d{3})+|\d{1,3}(?:,\d{3})+|\d+(?:[.,]\d{1,2})?)\s*−\s*$`)

// minusRangeStart (called next to slavicRangeStart in bestPay) widens a
// one-amount candidate to a range when its start stands before it with
// only a minus sign between them, as boards write "45 000 − 60 000 ₽" where
// others write a hyphen. The start must be below the amount and at least a
// tenth of it (widenRangeStart), so a falling pair stays one amount.
func minusRangeStart(text string, c *payCandidate) {
	widenRangeStart(text, c, func(before string) bool {
		return strings.HasSuffix(strings.TrimRight(before, " "), "−")
	}, minusStartFrom, 1)
}
