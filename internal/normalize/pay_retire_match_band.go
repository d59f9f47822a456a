package normalize

import (
	"regexp"
	"strings"
)

// A retirement-plan match is capped by one amount ("we match 401(k)
// contributions up to $5,000"), so matchOrQuotaBefore drops money right
// after such a match. A band that follows the match words across a joining
// word or a list mark starts an item of its own, the pay: "401(k) match
// plus $95,000-$120,000", "401k matching, $70,000 - $80,000". Only a range
// is let through; a single amount there is still read as the match's cap.
var retireMatchJoinEnd = regexp.MustCompile(`(?i)(?:\bplus|\band|\+|&|\bas\s+well\s+as|\balong\s+with|\bon\s+top\s+of|[,;|])\s*$`)

// bandAfterRetireMatch reports a range after a 401(k) match phrase and a
// joining word: money matchOrQuotaBefore would drop, which is pay.
func bandAfterRetireMatch(m money, before string) bool {
	if !(m.max > m.min) || !strings.Contains(before, "401") {
		return false
	}
	if strings.Contains(strings.ToLower(before), "quota") {
		return false
	}
	return retireMatchBeforeRe.MatchString(before) && retireMatchJoinEnd.MatchString(before)
}
