package normalize

import (
	"strings"

	"github.com/gigscout/gigscout/internal/model"
)

// A workplace field written as "<workplace> based" (table tests in
// workmode_hint_based_test.go). Applicant-tracking systems let a
// tenant name its work-mode values, and besides "Office Based" (hintRemote)
// they write the place the work is done in: "Site Based", "Campus-based",
// "Branch Based". A work-mode field naming a workplace the worker goes to
// is on-site; "Home Based" and "Remote Based" are read by the other
// readers as remote, and a place that is no workplace ("Location Based",
// "Field Based") stays unread.

// basedWorkplaces are the workplaces a "<workplace> based" field names,
// with the separators hintSeparators drops already removed.
var basedWorkplaces = map[string]bool{
	"site": true, "onsite": true, "campus": true, "branch": true, "store": true, "shop": true,
	"plant": true, "factory": true, "depot": true, "warehouse": true, "clinic": true,
	"hospital": true, "school": true, "studio": true, "lab": true, "laboratory": true,
	"workplace": true, "premises": true, "headquarters": true, "hq": true,
}

// basedWorkplaceHint reports whether key, a hint folded by hintRemote
// ("sitebased"), is a workplace followed by "based".
func basedWorkplaceHint(key string) bool {
	head, ok := strings.CutSuffix(key, "based")
	return ok && basedWorkplaces[head]
}

// hintRemoteBased is hintRemote's reading of the keys its list lacks.
func hintRemoteBased(key string) model.Remote {
	if len(key) > 5 && len(key) <= 20 && basedWorkplaceHint(key) {
		return model.RemoteOnsite
	}
	if len(key) <= 40 && hintWorkplacesOnly(key) { // "Office/Site only" (workmode_hint_place_only.go)
		return model.RemoteOnsite
	}
	return model.RemoteUnknown
}
