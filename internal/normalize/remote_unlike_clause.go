package normalize

import (
	"github.com/gigscout/gigscout/internal/model"
)

// unlikeClause is a contrast clause up to its comma: "Unlike employers
// using a hybrid work model,", "In contrast to companies that require three
// office days,". What it names is what others do.
var unlikeClause = newKeyRegexp(`(?i)\b(?:unlike|in\s+contrast\s+to|as\s+opposed\s+to|contrary\s+to)\b[^,.;:!?\n]{3,160},`,
	4, 170, "unlike", "contrast to", "opposed to", "contrary to")

// reviseUnlikeClause takes back a hybrid or on-site reading of the text
// that only a contrast clause opening a sentence gave: with the clauses
// blanked the body is read again, and a remote reading of the rest
// ("..., we are fully remote") stands. A clause about other roles beside a
// hybrid statement of this one ("Unlike our other teams, this team is
// hybrid") leaves the reading as it is.
func reviseUnlikeClause(text string, ri RemoteInfo) RemoteInfo {
	if ri.Remote != model.RemoteHybrid && ri.Remote != model.RemoteOnsite || !textGivenMode(ri) {
		return ri
	}
	var aside asideSpans
	for _, m := range unlikeClause.FindAllStringIndex(text, -1) {
		if opensSentence(text, m[0]) {
			aside = append(aside, [2]int{m[0], m[1]})
		}
	}
	if aside == nil {
		return ri
	}
	if r, ev := fromBody(aside.apply(text)); r == model.RemoteRemote {
		return setModeKeepRegions(ri, r, ev)
	}
	return ri
}

// opensSentence reports whether i starts a sentence, a line or a list
// item of text: nothing but spaces, bullets or quotes before it since the
// text's start or a stop.
func opensSentence(text string, i int) bool {
	for k := i - 1; k >= 0; k-- {
		switch text[k] {
		case ' ', '\t', '"', '\'', '(', '*', '-', '\r':
			continue
		case '.', '!', '?', ';', ':', '\n':
			return true
		}
		return false
	}
	return true
}
