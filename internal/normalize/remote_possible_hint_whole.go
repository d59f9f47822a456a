package normalize

import (
	"strings"

	"github.com/gigscout/gigscout/internal/model"
)

// A workplace field that says home office is possible ("Homeoffice
// möglich", "Télétravail possible") reads hybrid (workmode_field_words_more.go);
// a description that says the whole week is remote ("100% remote
// position", "vollständig remote") is the stronger statement, as it is
// when both are in the text (homeOfficePossible). Table tests in
// remote_possible_hint_whole_test.go.

// possibleHintKeys are the termKey forms of the "possible" field values.
var possibleHintKeys = map[string]bool{
	termKey("Homeoffice möglich"): true, termKey("Home-Office möglich"): true, termKey("Home Office ist möglich"): true,
	termKey("Télétravail possible"): true, termKey("Home office possible"): true,
}

// revisePossibleHintWhole turns a hybrid read from a "possible" field into
// remote when the text says the whole week is remote, not denied.
func revisePossibleHintWhole(hint, text string, ri RemoteInfo) RemoteInfo {
	if ri.Remote != model.RemoteHybrid || !strings.HasPrefix(ri.Evidence, "structured: ") || len(hint) > 40 ||
		!possibleHintKeys[termKey(hint)] {
		return ri
	}
	if w := wholeRemoteSaid(text); w != "" {
		ri.Remote, ri.Evidence = model.RemoteRemote, "text: "+w
	}
	return ri
}

// wholeRemoteSaid returns the first whole-week remote phrase of the text
// (wholeWeekRemote) that no negation closely precedes or follows ("not
// 100% remote", "100% remote ist nicht möglich"); "" when there is none.
func wholeRemoteSaid(text string) string {
	for _, w := range wholeWeekRemote {
		for from := 0; from < len(text); {
			i := indexFold(text[from:], w)
			if i < 0 {
				break
			}
			at := from + i
			before := strings.ToLower(text[max(0, at-12):at])
			after := strings.ToLower(text[at+len(w) : min(len(text), at+len(w)+24)])
			if !strings.Contains(before, "not ") && !strings.Contains(before, "nicht") && !strings.Contains(before, "kein") &&
				!strings.Contains(before, "no ") && !strings.Contains(after, "nicht") && !strings.Contains(after, "not ") {
				return text[at : at+len(w)]
			}
			from = at + len(w)
		}
	}
	return ""
}

// indexFold is the byte index of the lower-case needle w in s, ignoring
// ASCII case in s (bytes beyond ASCII must match exactly), or -1.
func indexFold(s, w string) int {
	for i := 0; i+len(w) <= len(s); i++ {
		k := 0
		for ; k < len(w); k++ {
			c := s[i+k]
			if 'A' <= c && c <= 'Z' {
				c += 'a' - 'A'
			}
			if c != w[k] {
				break
			}
		}
		if k == len(w) {
			return i
		}
	}
	return -1
}
