package normalize

import (
	"regexp"
	"strings"
)

// A period adjective after an amount names the amount's period only when it
// does not lead another noun: in "€1,900 - €2,300 with annual bonus" the
// year is the bonus's, and the amount's own period is left to the other
// readers. periodAdjOfExtra reports such a match of unitAfter (loc, on
// after): the word read is "annual", "yearly", "monthly", "weekly" or
// "daily", and an extra's noun follows it.
var extraNounAfterAdj = regexp.MustCompile(`(?i)^[ \t]+(?:performance[ \t]+|cash[ \t]+|discretionary[ \t]+)?(?:bonus(?:es)?|incentives?|commissions?|profit[- ]sharing|leave|vacation|holidays?|pto|reviews?|raises?|retreats?|equity|refresh(?:er)?s?)\b`)

func periodAdjOfExtra(after string, loc []int) bool {
	if len(loc) < 6 || loc[4] < 0 {
		return false
	}
	switch strings.ToLower(after[loc[4]:loc[5]]) {
	case "annual", "yearly", "monthly", "weekly", "daily":
	default:
		return false
	}
	return extraNounAfterAdj.MatchString(after[loc[1]:]) || periodAdjOfAllowance(after, loc) // pay_plus_allowance.go
}
