package normalize

import "github.com/gigscout/gigscout/internal/model"

// "Remote full time role", "a remote, part-time position", "Remote
// contract job": the body names the role remote with its hours or terms
// between the two words, which the "remote role" cues do not allow.
// A denial right before ("not a remote full-time role", "non-remote") is
// left to the on-site readers.

// typedRemoteRole is such a phrase (tried around its key words: see
// keyRegexp).
var typedRemoteRole = newKeyRegexp(`(?i)\bremote,? (?:full[- ]?time|part[- ]?time|contract|freelance|permanent|temporary|paid) (?:role|position|job|opportunity|internship)\b`, 2, 40,
	"remote full", "remote part", "remote contract", "remote freelance", "remote permanent", "remote temporary", "remote paid", "remote, ")

// typedRoleMode (one of moreBodyModes' readers) returns remote for such a
// phrase with no denial in the dozen bytes before it ("not a", "non-",
// "no"); RemoteUnknown otherwise.
func typedRoleMode(text string) (model.Remote, string) {
	if !hasFold(text, "remote") {
		return model.RemoteUnknown, ""
	}
	for _, m := range typedRemoteRole.FindAllStringIndex(text, 4) {
		before := text[max(0, m[0]-12):m[0]]
		if containsFold(before, "not ") || containsFold(before, "non") || containsFold(before, "no ") {
			continue
		}
		return model.RemoteRemote, text[m[0]:m[1]]
	}
	return model.RemoteUnknown, ""
}
