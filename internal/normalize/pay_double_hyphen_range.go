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
		if !amountEndAt(text, j) || !amountAfterSpaces(text, i+2) { // pay_to_dash.go
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
