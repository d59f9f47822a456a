package normalize

import (
	"regexp"
	"strings"
)

// Money right after a retirement-plan match or a sales quota is not the
// pay of the job: "we match 401(k) contributions up to $5,000 a year", "a
// 401k match of 50% up to $150,000", "an annual quota of at least $500K".
// matchOrQuotaBefore reads the 60 bytes before the amount; it is gated by
// a plain "401" or "quota" in that window (no lower-casing copy), so it
// costs next to nothing elsewhere.
var (
	retireMatchBeforeRe = regexp.MustCompile(`(?i)\b401\s*\(?k\)?\s*(?:plan\s+)?(?:match(?:ing)?|contributions?)\b(?:[^$€£\n%]|%[^,;$€£\n]){0,40}$|\bmatch(?:es|ing)?\s+(?:your\s+|employee\s+)?401\s*\(?k\)?(?:[^$€£\n%]|%[^,;$€£\n]){0,40}$`)
	quotaBeforeRe       = regexp.MustCompile(`(?i)\bquotas?\s+(?:of\s+)?(?:at\s+least\s+|over\s+|above\s+|up\s+to\s+|exceeding\s+)?$`)
)

func matchOrQuotaBefore(before string) bool {
	if strings.Contains(before, "401") && retireMatchBeforeRe.MatchString(before) {
		return true
	}
	if retireMatchWith(before) { // "401(k) with company match of $3,000" (pay_retire_match_with.go)
		return true
	}
	return (strings.Contains(before, "quota") || strings.Contains(before, "Quota") || strings.Contains(before, "QUOTA")) && quotaBeforeRe.MatchString(before)
}
