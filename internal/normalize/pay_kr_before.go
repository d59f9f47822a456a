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
func krMarkStarts(text string, add func(int)) { markStartsBeforeDigit(text, "kr", true, add) }

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
