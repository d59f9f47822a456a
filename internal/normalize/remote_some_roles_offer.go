package normalize

import (
	"strings"

	"github.com/gigscout/gigscout/internal/model"
)

// A company's note that remote work is open to some of its roles ("We
// occasionally offer remote work options for some senior roles", "Remote
// work options are available for certain positions") says what the
// employer allows elsewhere, not how this job is worked. When every
// sentence the remote reading rests on is such a note, the reading is
// undone and the mode is left unset; a sentence about this role ("This
// role is fully remote") or one offering remote to all roles keeps it.
//
// Table tests in remote_some_roles_offer_test.go.

// someRolesRemote is remote work, then "for" some, certain or select roles.
var someRolesRemote = newKeyRegexp(`(?i)\bremote\b[^.!?\n]{0,60}?\bfor\s+(?:some|certain|selected?|a\s+few)\s+(?:[a-z-]+\s+){0,2}?(?:roles|positions|jobs|teams|employees|staff)\b`, 0, 140, "remote")

// reviseSomeRolesRemote unsets a remote reading from the description when
// each sentence holding its evidence limits remote work to some roles.
func reviseSomeRolesRemote(text string, ri RemoteInfo) RemoteInfo {
	if ri.Remote != model.RemoteRemote || !strings.HasPrefix(ri.Evidence, "text: ") {
		return ri
	}
	ev := strings.TrimPrefix(ri.Evidence, "text: ")
	if ev == "" || !someRolesRemote.MatchString(text) {
		return ri
	}
	seen := false
	for i := 0; i < len(text); {
		j := strings.Index(text[i:], ev)
		if j < 0 {
			break
		}
		start := i + j
		if !someRolesRemote.MatchString(sentenceAround(text, start, start+len(ev))) {
			return ri // the reading rests on a sentence about this role too
		}
		seen = true
		i = start + len(ev)
	}
	if !seen {
		return ri
	}
	rest := text // the description without its notes on some roles
	for _, m := range someRolesRemote.FindAllStringIndex(text, -1) {
		rest = strings.Replace(rest, sentenceAround(text, m[0], m[1]), " ", 1)
	}
	if r, _ := fromBody(rest); r == model.RemoteRemote {
		return ri // "… for some roles. This role is fully remote."
	}
	return RemoteInfo{Remote: model.RemoteUnknown}
}
