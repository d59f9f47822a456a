package normalize

import (
	"strings"

	"github.com/gigscout/gigscout/internal/model"
)

// "Role is full time in Towson, MD" puts the whole working week in a named
// town: an on-site job, when nothing else set the mode. The town must be
// written as a place with its two-letter state or province code; "the
// role is full time in nature" and "full time in the first year" name no
// place and are left alone, as is a remote or hybrid reading already made.
//
// Table tests in remote_full_time_in_town_test.go.

// fullTimeInTown is a role noun, "is full time in", then a town and its code.
var fullTimeInTown = newKeyRegexp(`(?:\b(?i:role|position|job)\s+(?i:is)\s+(?i:full)[- ](?i:time)\s+(?i:in|at)\s+)[A-Z][A-Za-z.'-]*(?:[ -][A-Z][A-Za-z.'-]*){0,3},\s*[A-Z]{2}\b`, 30, 60, "full time", "full-time")

// reviseFullTimeInTown reads an unset mode as on-site from such a sentence.
func reviseFullTimeInTown(text string, ri RemoteInfo) RemoteInfo {
	if ri.Remote != model.RemoteUnknown || !containsFold(text, "full") {
		return ri
	}
	if m := fullTimeInTown.FindStringIndex(text); m != nil {
		ri.Remote, ri.Evidence = model.RemoteOnsite, "text: "+strings.TrimSpace(text[m[0]:m[1]])
	}
	return ri
}
