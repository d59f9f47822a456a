package normalize

import (
	"regexp"
	"strconv"

	"github.com/gigscout/gigscout/internal/model"
)

// Two short statements of the mode a description may hold alone (table
// tests in remote_share_label_test.go):
//
//   - a remote share as a label and a percent: "Remote: 80 %", "Home
//     office: 40%", "Remote-Anteil: 100%": all of the time is remote, none of it on-site, a share
//     between hybrid;
//   - hybrid work said to be possible: "hybrid possible", "Hybrid working
//     is possible", "hybrid option available".

// remoteShareLabel is such a label opening a line (group 1: the percent).
var remoteShareLabel = regexp.MustCompile(`(?im)^[ \t]*(?:remote(?:\s+work(?:ing)?)?|home[\s-]?office|work\s+from\s+home|wfh|mobiles?\s+arbeiten)(?:[\s-]?anteil)?[ \t]*[:=][ \t]*(\d{1,3})[ \t]?%`)

// hybridPossible is hybrid work said to be possible.
var hybridPossible = regexp.MustCompile(`(?i)\bhybrid(?:\s+work(?:ing)?|\s+option|\s+model)?\s+(?:is\s+|are\s+)?(?:possible|available|optional|offered)\b`)

// remoteShareOrHybridPossible reads the two statements; unknown when the
// text has neither. fromBody asks it after the weekly schedules.
func remoteShareOrHybridPossible(text string) (model.Remote, string) {
	if r, ev := remoteShareLabelled(text); ev != "" {
		return r, ev
	}
	if hasFold(text, "hybrid") {
		if loc := hybridPossible.FindStringIndex(text); loc != nil && !deniedBefore(text, loc[0]) {
			return model.RemoteHybrid, text[loc[0]:loc[1]]
		}
	}
	return model.RemoteUnknown, ""
}

// remoteShareLabelled reads a remote share label (the mode and the label), or
// returns "" for the label when text has none. shortTextMode asks it
// first: "Remote-Anteil: 100%" is no "partly" word (workmode_short_values.go).
func remoteShareLabelled(text string) (model.Remote, string) {
	if !hasFold(text, "%") {
		return model.RemoteUnknown, ""
	}
	m := remoteShareLabel.FindStringSubmatchIndex(text)
	if m == nil {
		return model.RemoteUnknown, ""
	}
	n, _ := strconv.Atoi(text[m[2]:m[3]])
	ev := text[m[0]:m[1]]
	switch {
	case n == 0:
		return model.RemoteOnsite, ev
	case n >= 100:
		return model.RemoteRemote, ev
	default:
		return model.RemoteHybrid, ev
	}
}
