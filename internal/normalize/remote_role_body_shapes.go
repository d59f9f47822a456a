package normalize

import (
	"unicode"
	"unicode/utf8"

	"github.com/gigscout/gigscout/internal/model"
)

// Two body shapes of a remote role (table tests in remote_ext53x_test.go):
//
//   - a company or working model called virtual-first or distributed-first
//     ("Acme is a virtual-first company", "our virtual-first working
//     model"), as "remote-first" is read elsewhere;
//   - the hours and the mode joined by a slash: "Full-time/Remote",
//     "Remote / Contract", "Part time/remote role";
//   - a hiring sentence naming the role remote: "We are seeking remote
//     Account Managers", "We're hiring a remote Data Analyst" (the role's
//     name in capitals right after).
//
// Both are general shapes (a word class around a fixed frame), read by
// moreBodyModes after the earlier readers found no mode. A denial right
// before ("not a virtual-first", "non-") is left alone.

var remoteRoleBodyShape = newKeyRegexp(`(?i)\b(?:(?:virtual|distributed)[- ]first\b|(?:full[- ]?time|part[- ]?time|contract|freelance)\s?/\s?remote\b|remote\s?/\s?(?:full[- ]?time|part[- ]?time|contract|freelance)\b|\b(?:seeking|hiring|recruiting)\s+(?:an?\s+)?(?:fully\s+)?remote\s+\p{Lu})`, 40, 14,
	"seeking remote", "seeking a remote", "seeking fully", "seeking a fully", "hiring remote", "hiring a remote", "hiring a fully", "recruiting remote", "recruiting a remote", "virtual-first", "virtual first", "distributed-first", "distributed first", "/remote", "/ remote", "remote/", "remote /")

// remoteRoleBodyMode (one of moreBodyModes' readers) returns remote for such
// a phrase with no denial just before it; RemoteUnknown otherwise.
func remoteRoleBodyMode(text string) (model.Remote, string) {
	for _, m := range remoteRoleBodyShape.FindAllStringIndex(text, 4) {
		before := text[max(0, m[0]-12):m[0]]
		if containsFold(before, "not ") || containsFold(before, "non") || containsFold(before, "no ") {
			continue
		}
		if r, n := utf8.DecodeLastRuneInString(text[:m[1]]); m[1]-n > m[0] && text[m[1]-n-1] == ' ' && !unicode.IsUpper(r) {
			continue // "hiring remote workers": no role's name (the regexp ignores case)
		}
		return model.RemoteRemote, text[m[0]:m[1]]
	}
	return model.RemoteUnknown, ""
}
