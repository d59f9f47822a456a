package normalize

import (
	"regexp"
	"strings"

	"github.com/gigscout/gigscout/internal/model"
)

// onsiteSideEvent is an on-site word naming a session the job runs or
// attends, not the place of work: "Organize on-site Tableau training
// sessions", "attend on-site meetings with customers", "deliver on-site
// demos". (onsiteEvent in onsite_cues.go reads the word right after
// "on-site"; this one allows one word between, and more session nouns.)
var onsiteSideEvent = newKeyRegexp(`(?i)\bon[- ]?site\s+(?:[\p{L}-]+\s+)?(?:training|trainings|sessions?|meetings?|demos?|demonstrations?|presentations?|workshops?|classes|courses?|seminars?|webinars?)\b`,
	10, 60, "on-site", "onsite", "on site")

// sessionDelivered precedes sessions the job itself gives on site ("Deliver
// on-site gymnastics sessions in schools"): that is work done on site.
var sessionDelivered = regexp.MustCompile(`(?i)\b(?:deliver(?:s|ing)?|run(?:s|ning)?|teach(?:es|ing)?|lead(?:s|ing)?|conduct(?:s|ing)?|facilitat(?:e|es|ing)|coach(?:es|ing)?|giv(?:e|es|ing)|host(?:s|ing)?|present(?:s|ing)?|provid(?:e|es|ing))\s+(?:[\p{L}-]+\s+)?$`)

// reviseOnsiteSideEvents takes back an on-site reading whose on-site word
// names such a session: with those blanked the listing is read again, and
// its reading (none, remote or hybrid) stands. A second on-site statement
// ("This is an on-site role; on-site training provided") keeps it on-site,
// and so do sessions the job gives (sessionDelivered).
func reviseOnsiteSideEvents(hint string, locs []string, text string, ri RemoteInfo) RemoteInfo {
	if ri.Remote != model.RemoteOnsite || !strings.HasPrefix(ri.Evidence, "text: ") {
		return ri
	}
	ev := strings.TrimPrefix(ri.Evidence, "text: ")
	if !containsFold(ev, "site") {
		return ri
	}
	spans := onsiteSideEvent.FindAllStringIndex(text, -1)
	if spans == nil {
		return ri
	}
	at := strings.Index(text, ev)
	inside := false
	for _, s := range spans {
		if at >= s[0] && at < s[1] && !sessionDelivered.MatchString(text[max(0, s[0]-30):s[0]]) {
			inside = true
		}
	}
	if !inside {
		return ri
	}
	var aside asideSpans
	for _, s := range spans {
		aside = append(aside, [2]int{s[0], s[1]})
	}
	again := ParseRemote(hint, locs, aside.apply(text))
	if again.Remote == model.RemoteOnsite {
		return ri
	}
	return again
}
