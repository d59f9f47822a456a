package normalize

import (
	"regexp"
	"strings"

	"github.com/gigscout/gigscout/internal/model"
)

// A title's last part that names the work mode and then a detail the
// short-value reader (workmode_short_values.go) does not know: a hybrid or
// on-site word and the week's day count ("Data Engineer (Hybrid, 3
// days/week)", "Analyste (Hybride, 3 jours/semaine)"), or the French or
// English on-site words followed by the place or whose site it is ("ML
// Engineer — sur site Paris", "Technician - on site Leeds").

// tailDayCount is a count of days a week or in the office: "3 days/week",
// "3 jours/semaine", "2-3 días", "4 Tage".
var tailDayCount = regexp.MustCompile(`(?i)^(?:[1-5](?:\s*(?:-|–|/|à|a|to|bis|ou|or)\s*[1-5])?|one|two|three|four|un|une|deux|trois|quatre|dos|tres|cuatro|zwei|drei|vier)\s*(?:x\s*)?(?:days?|jours?|d[ií]as?|dias?|tage?n?|giorni|dni|dagen)\b`)

// tailSiteLead is the French or English on-site words opening a title part.
var tailSiteLead = regexp.MustCompile(`(?i)^(?:sur[\s-]+site|on\s+site)(?:\s+|$)`)

// titleTailDetailMode returns "Hybrid" or "Onsite" for the title shapes
// above, or "".
func titleTailDetailMode(title string) string {
	title = strings.TrimSpace(title)
	if len(title) < 8 || len(title) > 160 || !(hasFold(title, "site") || hasFold(title, "brid")) {
		return ""
	}
	seg := tailPart(title) // workmode_short_values.go
	if seg == "" || len(seg) > 48 {
		return ""
	}
	if head, rest, ok := strings.Cut(seg, ","); ok {
		rest = strings.TrimSpace(rest)
		if !tailDayCount.MatchString(rest) {
			return ""
		}
		switch shortModeValue(strings.TrimSpace(head), false) {
		case model.RemoteHybrid:
			return "Hybrid" // "(Hybride, 3 jours/semaine)"
		case model.RemoteOnsite:
			return "Onsite" // "(On-site, 5 days/week)"
		}
		return "" // "(Remote, 2 days in office)" is for the other readers
	}
	m := tailSiteLead.FindStringIndex(seg)
	if m == nil {
		return ""
	}
	rest := strings.TrimSpace(seg[m[1]:])
	if len(strings.Fields(rest)) > 3 || rest != "" && shortModeValue(rest, false) != model.RemoteUnknown ||
		hasFold(rest, "remot") || hasFold(rest, "brid") || hasFold(rest, "distan") || hasFold(rest, "télétrav") {
		return "" // "on site and remote", "sur site ou à distance"
	}
	return "Onsite" // "— sur site Paris", "- on site Leeds"
}
