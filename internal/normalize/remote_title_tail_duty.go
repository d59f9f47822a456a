package normalize

import (
	"strings"

	"github.com/gigscout/gigscout/internal/model"
)

// titleDutyWords are the words of a duty in a title's tail: "must",
// "required", "requires", "expected".
var titleDutyWords = []string{"must", "required", "requires", "expected"}

// titleTailSeps are the marks that part a title from its tail.
var titleTailSeps = []string{" - ", " – ", " — ", " | ", " (", ": "}

// titleDutyTail returns the part of a title after its first separator, or "".
func titleDutyTail(title string) string {
	cut := -1
	for _, sep := range titleTailSeps {
		if i := strings.Index(title, sep); i > 0 && (cut < 0 || i < cut) {
			cut = i + len(sep)
		}
	}
	if cut < 0 {
		return ""
	}
	return strings.TrimSpace(strings.TrimRight(title[cut:], ") "))
}

// reviseTitleTailDuty narrows a remote reading to hybrid when the title's
// tail states an office duty that the body reader reads as hybrid:
// "Remote Medical Biller - must work onsite every Tuesday", "Remote Analyst
// (must be in the office 2 days a week)". A tail with no duty word ("Remote
// Engineer - Hybrid Cloud") or one the reader does not read as hybrid
// leaves the reading as it is.
func reviseTitleTailDuty(title string, ri RemoteInfo) RemoteInfo {
	if ri.Remote != model.RemoteRemote || title == "" || !containsAnyFold(title, titleDutyWords) {
		return ri
	}
	tail := titleDutyTail(title)
	if tail == "" || !containsAnyFold(tail, titleDutyWords) {
		return ri
	}
	if r, ev := fromBody(tail); r == model.RemoteHybrid {
		return setModeKeepRegions(ri, r, "title: "+strings.TrimPrefix(ev, "text: "))
	}
	return ri
}
