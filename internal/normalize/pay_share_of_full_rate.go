package normalize

import (
	"regexp"
	"strings"
)

// A pay line that opens with a share of an amount ("80% of $95,961-$105,250
// per annum", "70% of €60,000 per year, pro rata") states a full-time band
// of which the post pays only that share: the amount is not this job's pay,
// and the line gives no figure of its own, so no pay is read from it.
// Further into a line a percentage of an amount is mostly a bonus reckoned on
// the salary ("bonus up to 20% of $120,000") or a rate during training ("We
// pay 80% of $50/hr"), where the amount still counts as before; so the shape
// counts only when the share is all the line holds before the amount (after
// an optional bullet).
var shareOfLeadRe = regexp.MustCompile(`(?i)^[\s\-–•*]*\d{1,3}(?:[.,]\d+)?\s*%\s+of\s+(?:the\s+)?$`)

// shareOfLineLead reports whether the amount starting at start is the first
// thing on its line after a leading "N% of".
func shareOfLineLead(text string, start int) bool {
	lineStart := strings.LastIndexByte(text[:start], '\n') + 1
	lead := text[lineStart:start]
	if len(lead) > 24 || strings.IndexByte(lead, '%') < 0 {
		return false
	}
	return shareOfLeadRe.MatchString(lead)
}
