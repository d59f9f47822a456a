package normalize

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// The euro written out in the cases of Estonian ("2500 eurot"), Finnish
// ("3 200 euroa"), Latvian ("1700 eiro"), Lithuanian ("14 eurų", "2000
// eurai", "eurus") and Greek ("1.100 ευρώ"), right after a figure: each
// becomes "EUR" and spaces, byte for byte the same length, so the
// scanners read it as the code and every offset stays on the original
// text (table tests in pay_euro_case_words_test.go). The word must follow
// a digit (with at most one space between) and end its word: "Euroopa",
// "eurotoetus" and a euro word with no figure before it stay as they are.
var euroCaseWords = []string{"eurot", "euroa", "eurų", "eurai", "eurus", "eiro", "ευρώ", "Ευρώ", "ΕΥΡΩ"}

// rewriteEuroCaseWords rewrites those words: it visits each "eur",
// "eir" (any case) and Greek "ευρ", "Ευρ", "ΕΥΡ" after a digit; a text
// holding none is returned at the gate (hasFold, then two byte scans).
func rewriteEuroCaseWords(text string) string {
	if !hasFold(text, "eur") && !hasFold(text, "eir") && !strings.Contains(text, "υρ") && !strings.Contains(text, "ΥΡ") {
		return text // the folded-text cache answers for a long description
	}
	var b []byte
	for _, stem := range [...]string{"eur", "eir", "ευρ", "Ευρ", "ΕΥΡ"} {
		for from := 0; from < len(text); {
			var i int
			if stem[0] < 0x80 {
				i = indexFoldFrom(text, stem, from) // the folded-text cache: "their" and "Europe" are common
			} else if i = strings.Index(text[from:], stem); i >= 0 {
				i += from
			}
			if i < 0 {
				break
			}
			from = i + len(stem)
			j := i
			if j > 0 && text[j-1] == ' ' {
				j--
			} else if j > 1 && text[j-2:j] == "\u00a0" {
				j -= 2
			}
			if j == 0 || !isDigit(text[j-1]) {
				continue
			}
			for _, w := range euroCaseWords {
				if !hasPrefixFold(text[i:], w) {
					continue
				}
				end := i + len(w)
				if r, _ := utf8.DecodeRuneInString(text[end:]); end < len(text) && (unicode.IsLetter(r) || unicode.IsDigit(r)) {
					break // "eurotoetus", "Euroopa"
				}
				if b == nil {
					b = []byte(text)
				}
				copy(b[i:], "EUR"+strings.Repeat(" ", len(w)-3))
				from = end
				break
			}
		}
	}
	if b == nil {
		return text
	}
	return string(b)
}
