package normalize

import (
	"strings"

	"github.com/gigscout/gigscout/internal/model"
)

// zeroOfficeDays is a week with no office days: "0 days / week in-office",
// "zero days in the office", "no days on site", "0 office days a week".
// Boards that count office days (Microsoft's "Work site" field) write a
// remote job this way; the "in-office" in it is no office job. "10 days in
// the office a year" and "4 days / week in-office" are counts, not zero.
var zeroOfficeDays = newKeyRegexp(`(?i)(?:^|[^\w.,])(?:0|zero|no)\s+days?\s*(?:(?:a|per|each|every)\s+week\s*|/\s*(?:a\s+)?week\s*)?(?:in[- ](?:the\s+|an?\s+|our\s+)?office|on[- ]?site|in[- ]person|at\s+(?:the|our)\s+office)\b|`+
	`(?:^|[^\w.,])(?:0|zero|no)\s+(?:in[- ]office|on[- ]?site|office)\s+days?\b`,
	10, 40, "0 day", "0 office", "0 in", "0 on", "zero day", "zero office", "zero in", "zero on", "no day", "no office day", "no in-office day", "no on-site day", "no onsite day")

// reviseZeroOfficeDays reads zeroOfficeDays as remote over an on-site,
// hybrid or no reading of the text; a listing's own field decides.
func reviseZeroOfficeDays(text string, ri RemoteInfo) RemoteInfo {
	if ri.Remote == model.RemoteRemote || !textGivenMode(ri) {
		return ri
	}
	if loc := zeroOfficeDays.FindStringIndex(text); loc != nil {
		return setModeKeepRegions(ri, model.RemoteRemote, "text: "+strings.TrimSpace(text[loc[0]:loc[1]]))
	}
	return ri
}
