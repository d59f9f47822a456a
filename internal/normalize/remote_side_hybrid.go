package normalize

import (
	"regexp"
	"strings"

	"github.com/gigscout/gigscout/internal/model"
)

// A hybrid word of the text that is not the job's way of working, taken
// back when a remote field or location says remote:
//
//   - hybrid offered as a choice to some ("If you live near an office
//     hub, you are welcome to work in a hybrid capacity", "free to work a
//     hybrid schedule"): the remote job stays remote for everyone else;
//   - hybrid roles as past experience ("Prior work in product
//     engineering, full-stack engineering, or hybrid roles",
//     "experience in a hybrid role"): a candidate's history.
//
// The hybrid word is blanked and the listing read again; a second hybrid
// cue, an office rule or any other contradiction still narrows the field.
var (
	// hybridChoiceBefore precedes a hybrid word offered as a choice.
	hybridChoiceBefore = regexp.MustCompile(`(?i)\b(?:(?:are|is|be|feel)\s+(?:also\s+)?(?:welcome|free)\s+to|(?:have|has|with)\s+the\s+(?:option|choice)\s+(?:to|of)|if\s+you\s+(?:like|wish|prefer|want)(?:\s+to)?,?|optionally)\s+(?:[\p{L}-]+\s+){0,3}$`)
	// hybridHistoryBefore precedes a hybrid word that names past roles.
	hybridHistoryBefore = regexp.MustCompile(`(?i)\b(?:experience|prior\s+work|previous\s+(?:work|roles?|experience)|background|track\s+record|worked)\b[^.!?;\n]{0,70}$`)
)

// reviseSideHybrid takes back a hybrid reading of the text that narrowed a
// remote field or location, when the hybrid word is a choice or a history.
func reviseSideHybrid(hint string, locs []string, text string, ri RemoteInfo) RemoteInfo {
	if ri.Remote != model.RemoteHybrid || !strings.HasPrefix(ri.Evidence, "text: ") || !hasFold(text, "hybrid") {
		return ri
	}
	field := hintRemote(hint)
	if field == model.RemoteUnknown {
		field, _ = fromLocations(locs)
	}
	if field != model.RemoteRemote {
		return ri
	}
	ev := strings.TrimPrefix(ri.Evidence, "text: ")
	at := strings.Index(text, ev)
	if at < 0 || !containsFold(ev, "hybrid") {
		return ri
	}
	before := text[max(0, at-80):at]
	if i := strings.LastIndexAny(before, ".!?;\n"); i >= 0 {
		before = before[i+1:]
	}
	if !hybridChoiceBefore.MatchString(before) && !hybridHistoryBefore.MatchString(before) {
		return ri
	}
	masked := text[:at] + strings.Repeat(" ", len(ev)) + text[at+len(ev):]
	again := ParseRemote(hint, locs, masked)
	if again.Remote != model.RemoteRemote {
		return ri
	}
	return again
}
