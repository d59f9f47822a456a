package normalize

import (
	"strings"
	"unicode"

	"github.com/gigscout/gigscout/internal/model"
)

// Portuguese remote work denied in the description (table tests in
// remote_portuguese_denied_test.go): "A vaga não é remota", "não será um
// trabalho remoto", "Não oferecemos a opção de home office", "sem
// possibilidade de trabalho remoto". The word readers took the remote word
// inside the denial for the mode; the Spanish denials are read in
// remote_spanish_catalan.go, this is their Portuguese shape ("não é", "sem").
//
// Only an unknown or remote reading changes, to on-site; a hybrid reading
// (office days beside the denial) stays as read.
var portugueseRemoteDenied = newPlainKeyRegexp(`(?i)(?:^|[^\p{L}])n[ãa]o\s+(?:[ée]|ser[áa]|est[áa])\s+(?:um(?:a)?\s+(?:vaga|posi[çc][ãa]o|cargo|trabalho|fun[çc][ãa]o|oportunidade)\s+)?(?:em\s+)?(?:remot[oa]|home[- ]?office)(?:[^\p{L}]|$)|`+
	`(?:^|[^\p{L}])n[ãa]o\s+(?:h[áa]|existe|oferecemos|temos|permitimos|aceitamos)\s+(?:a\s+|o\s+)?(?:(?:op[çc][ãa]o|possibilidade)\s+de\s+)?(?:trabalho\s+remoto|teletrabalho|home[- ]?office)(?:[^\p{L}]|$)|`+
	`(?:^|[^\p{L}])sem\s+(?:op[çc][ãa]o|possibilidade)\s+de\s+(?:trabalho\s+remoto|teletrabalho|home[- ]?office)(?:[^\p{L}]|$)`,
	90, 40, "remot", "home", "teletrab")

// revisePortugueseDenied reads the denials above over an unknown or remote
// reading of the description.
func revisePortugueseDenied(text string, ri RemoteInfo) RemoteInfo {
	if ri.Remote != model.RemoteUnknown && ri.Remote != model.RemoteRemote {
		return ri
	}
	if !hasFold(text, "nao") && !hasFold(text, "sem ") && !containsFold(text, "não") {
		return ri // the cheap gate: no Portuguese negation word, no regexp run
	}
	if m := portugueseRemoteDenied.FindStringIndex(text); m != nil {
		ri.Remote, ri.Evidence, ri.Regions = model.RemoteOnsite, "text: "+strings.TrimFunc(text[m[0]:m[1]], notLetter), ri.Regions[:0]
	}
	return ri
}

// notLetter reports a rune that is not a letter (the edges of a match).
func notLetter(r rune) bool { return !unicode.IsLetter(r) }
