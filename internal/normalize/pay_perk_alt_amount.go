package normalize

import "strings"

// A perk may be priced in two moneys side by side, "a weekly lunch stipend
// of $75/£75": the second amount follows the first and a slash, so the text
// before it ends in "$75/" and not in the perk's name.

// altAmountCut returns before without one trailing amount and its slash
// ("... stipend of $75/" becomes "... stipend of"); before itself when it
// does not end so.
func altAmountCut(before string) string {
	b := strings.TrimRight(before, " ")
	if !strings.HasSuffix(b, "/") {
		return before
	}
	b = strings.TrimRight(b[:len(b)-1], " ")
	i := strings.LastIndexByte(b, ' ')
	tok := b[i+1:]
	if tok == "" || !isDigit(tok[len(tok)-1]) {
		return before
	}
	b = strings.TrimRight(b[:i+1], " ")
	for _, w := range []string{"of", "is", "worth", "up to"} {
		if len(b) > len(w) && hasSuffixFold(b, w) && b[len(b)-len(w)-1] == ' ' {
			return strings.TrimRight(b[:len(b)-len(w)], " \t:")
		}
	}
	return b
}
