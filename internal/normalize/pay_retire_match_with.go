package normalize

import (
	"regexp"
	"strings"
)

// A retirement plan's match may be written with a few words between the
// plan and the match: "401(k) with company match of $3,000 - $5,000 per
// year", "401k plan with an employer match up to $6,000". The money right
// after such a match is the match, not the pay (matchOrQuotaBefore reads
// only the plan and the match side by side). The match words must end
// right before the amount, after an optional "of" or "up to", so a salary
// in a later sentence or after a joining word stays pay.
var retireMatchWithBefore = regexp.MustCompile(`(?i)\b(?:401|403|457)\s*\(?[kb]\)?\s+(?:plan\s+)?with\s+(?:an?\s+|the\s+)?(?:[a-z%\d.]+\s+){0,2}match(?:ing)?(?:\s+contributions?)?(?:\s+(?:of|up\s+to|worth))?\s*:?\s*$`)

// retireMatchWith reports money right after a plan-with-match phrase.
func retireMatchWith(before string) bool {
	return (strings.Contains(before, "401") || strings.Contains(before, "403") || strings.Contains(before, "457")) && retireMatchWithBefore.MatchString(before)
}
