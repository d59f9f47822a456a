package normalize

import (
	"github.com/gigscout/gigscout/internal/model"
)

// remoteRolesDisclaimer is a policy said not to apply to remote roles:
// "This policy does not apply to fully remote roles", "the transition
// will not apply to remote employees". It speaks of other jobs; the remote
// words in it say nothing of this one.
var remoteRolesDisclaimer = newKeyRegexp(`(?i)\b(?:does|do|will|would|shall)\s+not\s+apply\s+to\s+(?:(?:fully|100%|entirely|permanently|designated)\s+)?remote\s+(?:roles?|positions?|jobs?|employees|workers|staff|colleagues|team\s+members|hires)\b|`+
	`\b(?:doesn['’]t|don['’]t|won['’]t)\s+apply\s+to\s+(?:(?:fully|100%|entirely|permanently|designated)\s+)?remote\s+(?:roles?|positions?|jobs?|employees|workers|staff|colleagues|team\s+members|hires)\b`,
	60, 40, "apply to")

// reviseRemoteRolesDisclaimer takes back a remote reading of the text that
// only the disclaimer gave: with the disclaimer blanked the body is read
// again, and its reading (none, on-site or hybrid) stands.
func reviseRemoteRolesDisclaimer(text string, ri RemoteInfo) RemoteInfo {
	if ri.Remote != model.RemoteRemote || !textGivenMode(ri) {
		return ri
	}
	spans := remoteRolesDisclaimer.FindAllStringIndex(text, -1)
	if spans == nil {
		return ri
	}
	var aside asideSpans
	for _, s := range spans {
		aside = append(aside, [2]int{s[0], s[1]})
	}
	masked := aside.apply(text)
	if r0, _ := fromBody(text); r0 != model.RemoteRemote {
		return ri
	}
	r, ev := fromBody(masked)
	switch r {
	case model.RemoteRemote:
		return ri
	case model.RemoteUnknown:
		ri.Remote, ri.Evidence, ri.Regions = model.RemoteUnknown, "", []string{}
		return ri
	}
	return setModeKeepRegions(ri, r, ev)
}
