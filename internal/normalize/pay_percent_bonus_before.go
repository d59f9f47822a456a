package normalize

import (
	"regexp"
	"strings"
)

// A pay field may name a percentage bonus before the salary: "20% bonus,
// $120,000", "15% annual bonus; €70,000". badBefore saw "bonus" just before
// the amount and dropped it as a bonus. A bonus stated as a percentage is
// already given in full, so the amount after it and a separator (a comma,
// a semicolon, "+", "and", "plus") is the pay, not the bonus.
// percentBonusBefore (checked in judge beside each bonusAsideBefore) reads that
// shape; a bonus with no percentage ("signing bonus, $5,000", "a bonus of
// $5,000") is still no pay.
var percentBonusRe = regexp.MustCompile(`(?i)\b\d{1,3}(?:[.,]\d+)?\s*%\s*(?:(?:annual|yearly|target|performance|quarterly)\s+)?bonus(?:es)?\s*(?:,|;|\+|\band\b|\bplus\b)\s*(?:(?:a|an)\s+)?(?:(?:base|salary|base\s+salary)\s*(?:of|:)?\s*)?$`)

func percentBonusBefore(before string) bool {
	return strings.IndexByte(before, '%') >= 0 && percentBonusRe.MatchString(before)
}
