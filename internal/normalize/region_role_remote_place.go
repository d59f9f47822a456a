package normalize

import (
	"strings"

	"github.com/gigscout/gigscout/internal/model"
)

// Two region shapes a broad sample of outside region tables
// showed (table tests in region_role_remote_place_test.go):
//
//   - a hiring post that names the role and then "remote [in] <place>",
//     with no other work-mode word: "Looking for a Rust developer remote
//     in Portugal.", "Hiring a QA analyst remote Chile." The statement is
//     remote work and its place the region. A general sentence frame: a
//     role noun right before "remote", a place right after.
//   - a remote job whose only location item is a plain place (an office
//     city, no remote word) while the description says the remote work is
//     worldwide: "Lisbon, Portugal" beside "This position is remote
//     worldwide." The statement is the scope; the place is the office.
//     A residence or work-permit demand in the text keeps the place.

// roleRemotePlace is a role noun, "remote" and a place; group 1 is the
// place, to the end of its clause (read by regionList). Its key "remote"
// is in the shared key scan already.
var roleRemotePlace = newKeyRegexp(`(?i)\b(?:engineer|developer|designer|analyst|manager|scientist|specialist|consultant|architect|administrator|writer|editor|assistant|coordinator|intern|tester|programmer|marketer|accountant|recruiter|representative|technician|translator|tutor|teacher|freelancer)s?\s*,?\s+(?:fully\s+|100%\s+)?remote\s+(?:(?:in|within|from|across)\s+(?:the\s+)?)?([\p{L}][\p{L}. ]{1,40})`,
	60, 60, "remote")

// reviseRoleRemotePlace reads a role noun followed by "remote" and a place
// as remote work in that place, when no reader gave a mode.
func reviseRoleRemotePlace(text string, ri RemoteInfo) RemoteInfo {
	if ri.Remote != model.RemoteUnknown || !hasFold(text, "remote") {
		return ri
	}
	for _, m := range roleRemotePlace.FindAllStringSubmatchIndex(text, 4) {
		if rs := regionList(text[m[2]:]); len(rs) > 0 {
			ri.Remote, ri.Regions = model.RemoteRemote, rs
			ri.Evidence = "text: " + strings.TrimSpace(text[m[0]:m[1]])
			return ri
		}
	}
	return ri
}

// remoteWorldStatement says the remote work is open worldwide: "the role
// is remote worldwide", "fully remote, worldwide", "open to candidates
// worldwide", "work from anywhere in the world".
var remoteWorldStatement = newKeyRegexp(`(?i)\b(?:remote\s*(?:[,–—-]\s*)?(?:worldwide|globally|anywhere in the world)|open (?:to (?:candidates|applicants|talent|people) )?(?:worldwide|globally|from anywhere in the world)|(?:work|working) (?:remotely )?from anywhere in the world)\b`,
	40, 40, "worldwide", "globally", "anywhere in the world")

// placeKeepers are demands that tie remote work to a place: with one, the
// location field's place stays the scope.
var placeKeepers = []string{"resid", "must be based", "must be located", "authorized to work", "authorised to work", "eligible to work", "citizen", "right to work", "work permit"}

// reviseWorldOverPlaceLoc widens a remote job scoped only by a plain place
// field to worldwide when the text says the remote work is worldwide.
func reviseWorldOverPlaceLoc(locs []string, text string, ri RemoteInfo) RemoteInfo {
	if ri.Remote != model.RemoteRemote || len(locs) != 1 || len(ri.Regions) != 1 || ri.Regions[0] == "worldwide" {
		return ri
	}
	if !hasFold(text, "worldwide") && !hasFold(text, "globally") && !hasFold(text, "anywhere in the world") {
		return ri
	}
	loc := locs[0]
	if locRemote.MatchString(loc) || locHybrid.MatchString(loc) || locOnsite.MatchString(loc) {
		return ri // "Remote - Canada" scopes the remote work itself
	}
	if rs := Regions(loc); len(rs) != 1 || rs[0] != ri.Regions[0] {
		return ri // the scope came from somewhere else than the place field
	}
	for _, w := range placeKeepers {
		if hasFold(text, w) {
			return ri
		}
	}
	if m := remoteWorldStatement.FindStringIndex(text); m != nil {
		ri.Regions = []string{"worldwide"}
		ri.Evidence = "text: " + strings.TrimSpace(text[m[0]:m[1]])
	}
	return ri
}
