package normalize

import (
	"regexp"
	"strings"
)

// A piece of work named a word or two after "per" or "each" ("$50 per
// approved UGC video", "$10 per 20-minute test", "$3 for each completed
// short survey") is a rate by the piece, a project's unit (pay.go's
// unitAfter allows one qualifier word; a price "per box" stays no pay).
// Table tests in pay_piece_rate_test.go.

// pieceWordsAfterRe is "per", "each", "for each" or "for every", one or
// two words, then a piece of work.
var pieceWordsAfterRe = regexp.MustCompile(`(?i)^\s*(?:per|each|for\s+each|for\s+every|/)\s+(?:[\p{L}\d][\p{L}\d'’-]*\s+){1,2}?(?:` + perItem + `)\b`)

// pieceWordsAfter reads such a phrase after an amount: its length in
// bytes and whether there is one (gated by its first word).
func pieceWordsAfter(after string) (int, bool) {
	head := after
	if len(head) > 60 {
		head = head[:60]
	}
	t := strings.TrimLeft(head, " \t")
	if !hasPrefixFold(t, "per ") && !hasPrefixFold(t, "each ") && !hasPrefixFold(t, "for ") && !strings.HasPrefix(t, "/") {
		return 0, false
	}
	loc := pieceWordsAfterRe.FindStringIndex(head)
	if loc == nil {
		return 0, false
	}
	return loc[1], true
}
