package normalize

import (
	"strings"

	"github.com/gigscout/gigscout/internal/model"
)

// fullTimeOffice is full-time work placed in an office: "available to work
// full-time from our Porto office", "you will work full time at the Leeds
// office". The body reader already reads it as on-site when nothing else
// is said (officeWork, remote.go); a remote location field such as
// "Anywhere in the World" won over it, though full-time in an office is
// the job's own rule and the field a board's default.
var fullTimeOffice = newKeyRegexp(`(?i)\bwork(?:ing)?\s+full[- ]time\s+(?:from|at|in|out\s+of)\s+(?:our|the)\s+(?:[\p{L}]+\s+){0,2}offices?\b`, 60, 20, "office")

// reviseFullTimeOffice reads fullTimeOffice as on-site over a remote
// reading taken from a location field. A choice before it ("you can work
// full-time from our office"), a home alternative after it ("or
// remotely"), a visit after it and a listing's own field leave it alone.
func reviseFullTimeOffice(text string, ri RemoteInfo) RemoteInfo {
	if ri.Remote != model.RemoteRemote || !strings.HasPrefix(ri.Evidence, "location:") ||
		!hasFold(text, "full") { // "office" is the regexp's key
		return ri
	}
	for _, loc := range fullTimeOffice.FindAllStringIndex(text, 4) {
		before, after := text[max(0, loc[0]-30):loc[0]], text[loc[1]:min(len(text), loc[1]+60)]
		if officeOptional.MatchString(before) || officeAlternative.MatchString(after) || officeVisit.MatchString(after) || occasionalOnsite.MatchString(after) {
			continue
		}
		ri.Remote, ri.Evidence, ri.Regions = model.RemoteOnsite, "text: "+strings.TrimSpace(text[loc[0]:loc[1]]), []string{}
		return ri
	}
	return ri
}
