package normalize

import "strings"

// Plain-text exports write a range's dash as two hyphens, "$90,000 --
// $120,000 annually" or "$40--$55 per hour": the money scanner took the
// second end alone. doubleHyphenRange blanks the first hyphen of a "--"
// that stands between an amount ("…000", "…80k") and the next one ("$120,000",
// "€60.000", "55"), keeping the text's length, so the range reads as one. A
// "--" elsewhere ("per year -- plus equity") is left.
func doubleHyphenRange(text string) string {
	i := strings.Index(text, "--")
	if i < 0 {
		return text
	}
	var b []byte
	for ; i >= 0; i = indexFrom(text, "--", i+2) {
		if i+2 < len(text) && text[i+2] == '-' { // a rule "---" is no range dash
			continue
		}
		j := i - 1
		for j >= 0 && text[j] == ' ' {
			j--
		}
		if j < 0 || !(isDigit(text[j]) || (text[j] == 'k' || text[j] == 'K') && j > 0 && isDigit(text[j-1])) {
			continue
		}
		n := i + 2
		for n < len(text) && text[n] == ' ' {
			n++
		}
		if n >= len(text) || !(isDigit(text[n]) || strings.HasPrefix(text[n:], "$") || strings.HasPrefix(text[n:], "£") || strings.HasPrefix(text[n:], "€")) {
			continue
		}
		if b == nil {
			b = []byte(text)
		}
		b[i] = ' '
	}
	if b == nil {
		return text
	}
	return string(b)
}
