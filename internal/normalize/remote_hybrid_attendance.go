package normalize

import (
	"regexp"
	"strings"

	"github.com/gigscout/gigscout/internal/model"
)

// hybridAttendance is a hybrid attendance or presence that is required:
// "Hybrid attendance is required", "mandatory hybrid office presence",
// "hybrid in-office attendance expected". A bare "hybrid" is left to the
// other readers (it is as often a cloud or an event); the attendance noun
// and the rule make it the job's mode. "Hybrid attendance is available
// for the summit" states no rule and stays unread.
var hybridAttendance = regexp.MustCompile(`(?i)\bhybrid\s+(?:(?:office|in[- ]office|on[- ]?site)\s+)?(?:attendance|presence)\s+(?:is\s+|will\s+be\s+)?(?:required|expected|mandatory|compulsory)\b|\b(?:required|expected|mandatory|compulsory)\s+hybrid\s+(?:(?:office|in[- ]office|on[- ]?site)\s+)?(?:attendance|presence)\b`)

// reviseHybridAttendance reads hybridAttendance as hybrid when the mode is
// unknown or remote; an on-site reading, a hybrid one and a listing's own
// field are left alone.
func reviseHybridAttendance(text string, ri RemoteInfo) RemoteInfo {
	if ri.Remote == model.RemoteHybrid || ri.Remote == model.RemoteOnsite || fromStructured(ri) ||
		!hasFold(text, "hybrid") || !hasFold(text, "attendance") && !hasFold(text, "presence") {
		return ri
	}
	if loc := hybridAttendance.FindStringIndex(text); loc != nil {
		ri.Remote, ri.Evidence = model.RemoteHybrid, "text: "+strings.TrimSpace(text[loc[0]:loc[1]])
	}
	return ri
}
