package normalize

import "strings"

// Scandinavian pay is also written with "kr" before the amount ("kr 45
// 000/mån", "kr. 38.000 pr. md."), and with the month shortened the
// Danish way ("15 000 kr/md", "pr. md.") or the Norwegian way ("kr/mnd",
// "per mnd"). krMarkStarts finds where a "kr" before an amount starts, for
// markPreAt (pay_currency_marks_more.go); krCurrency names the krone from
// the text's words, these short months among them.

// krMarkStarts calls add with each "kr" or "kr." followed by a space and a
// digit (at most a few: add keeps its own bound).
func krMarkStarts(text string, add func(int)) {
	for from := 0; from < len(text); {
		i := strings.Index(text[from:], "kr")
		if i < 0 {
			return
		}
		i += from
		from = i + 2
		j := i + 2
		if j < len(text) && text[j] == '.' {
			j++
		}
		if j+1 < len(text) && (text[j] == ' ' || text[j] == 0xc2) && isDigit(text[j+1+strings.Count(text[j:min(len(text), j+2)], "\u00a0")]) {
			add(i)
		}
	}
}

// krDanishMonth reports the Danish short month after a "kr" amount:
// "/md", "pr. md", "om md".
func krDanishMonth(text string) bool {
	return strings.Contains(text, "/md") || strings.Contains(text, "pr. md") || strings.Contains(text, "pr md")
}

// krNorwegianMonth reports the Norwegian short month: "mnd" ("kr/mnd",
// "per mnd").
func krNorwegianMonth(text string) bool {
	return containsFold(text, "mnd")
}
