package normalize

import (
	"strings"

	"github.com/gigscout/gigscout/internal/model"
)

// A remote reading taken from the company's own mode ("We are a
// remote-first company") beside a sentence that bases this role in a
// named place ("this role is based in San Francisco") says where the job
// is, not that it is remote: the company allows remote work elsewhere.
// The reading falls back to the board's own on-site field when it gave
// one ("false", "onsite"), else to no mode (table tests in
// remote_self_remote_role_based_test.go). A based sentence that names
// remote or hybrid work ("this role is based in Spain, fully remote") or
// a country-wide place for remote work keeps the remote reading.

// roleBasedInPlace is this role based in a capitalized place, to the end
// of its clause (group 1 the place and the rest of the clause).
var roleBasedInPlace = newKeyRegexp(`(?i)\b(?:this|the)\s+(?:role|position|job)\s+(?:is|will\s+be)\s+based\s+(?:in|out\s+of)\s+((?-i:[A-Z])[^.;!?\n]{1,60})`,
	20, 80, "role is based", "position is based", "job is based", "role will be based", "position will be based", "job will be based")

// reviseSelfRemoteRoleBased undoes a remote reading that rests on the
// company's self-description when the role is based in a named place.
func reviseSelfRemoteRoleBased(hint, text string, ri RemoteInfo) RemoteInfo {
	ev, ok := strings.CutPrefix(ri.Evidence, "text: ")
	if ri.Remote != model.RemoteRemote || !ok || ev == "" {
		return ri
	}
	self := false
	for _, m := range companySelfMode.FindAllStringIndex(text, -1) {
		if strings.Contains(text[m[0]:m[1]], ev) || strings.Contains(ev, text[m[0]:m[1]]) {
			self = true
			break
		}
	}
	if !self {
		return ri
	}
	ms := roleBasedInPlace.FindAllStringSubmatchIndex(text, 1)
	if ms == nil {
		return ri
	}
	m := ms[0]
	based := text[m[0]:m[1]]
	if containsAnyFold(based, []string{"remote", "hybrid", "home", "anywhere", "distributed"}) {
		return ri // "based in Spain, fully remote"
	}
	place := strings.ToLower(group(text, m, 1))
	if k := strings.IndexAny(place, ",("); k >= 0 {
		place = place[:k]
	}
	if countryLevelPlace(strings.TrimPrefix(strings.TrimSpace(place), "the ")) {
		return ri // "based in Canada", "based in the Netherlands": where a remote worker lives
	}
	out := RemoteInfo{Remote: model.RemoteUnknown, Evidence: "text: " + based}
	if h := hintRemote(hint); h == model.RemoteOnsite {
		out.Remote = h
	}
	return out
}
