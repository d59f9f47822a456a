package normalize

import (
	"regexp"
	"strings"
)

// Money an employer gives to charity on a worker's behalf is a benefit, not
// the pay of the job: "we match gifts up to $1,500 for donations", "$500 a
// year in charitable giving". donationAfter reads the words right after the
// amount; it is gated by a plain "dona", "chari" or "giving" in that window,
// so text without them costs one or three byte scans.
var donationAfterRe = regexp.MustCompile(`(?i)^\s*(?:usd\s+)?(?:(?:a|per)\s+(?:year|month)\s+|annually\s+|each\s+year\s+)?(?:for|in|of|toward|towards|to)\s+(?:your\s+|their\s+|employee\s+|employees['’]?\s+)?(?:own\s+)?(?:personal\s+)?(?:charitable\s+|charity\s+)?(?:donations?|giving|charit(?:y|ies))\b`)

func donationAfter(after string) bool {
	if len(after) > 70 {
		after = after[:70]
	}
	if !strings.Contains(after, "dona") && !strings.Contains(after, "chari") && !strings.Contains(after, "giving") &&
		!strings.Contains(after, "Dona") && !strings.Contains(after, "Chari") {
		return false
	}
	return donationAfterRe.MatchString(after)
}
