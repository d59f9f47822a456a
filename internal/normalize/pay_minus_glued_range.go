package normalize

import "strings"

// A range whose ends stand right against a minus sign (U+2212) with no
// spaces, "€6000−8000/month" or "$140,000−$176,000", is one range too. The
// money scanner joins a hyphen there but not the minus sign, so it read
// "€6000" alone and guessed its unit from the size. minusGluedRange
// replaces such a minus sign (three bytes) by " - " (three bytes, so every
// span keeps its place) where it follows an amount the scanner read and
// a digit or a currency sign follows it; a minus sign elsewhere ("−5 °C",
// "45 000 − 60 000 ₽" with its spaces, read by minusRangeStart) is left.
// It reports whether it replaced one.
func minusGluedRange(text string, ms []money) (string, bool) {
	var b []byte
	for _, m := range ms {
		i := m.end
		if !strings.HasPrefix(text[i:], "−") || i+3 >= len(text) {
			continue
		}
		if next := text[i+3]; !isDigit(next) && next != '$' && !strings.HasPrefix(text[i+3:], "€") && !strings.HasPrefix(text[i+3:], "£") {
			continue
		}
		if b == nil {
			b = []byte(text)
		}
		copy(b[i:i+3], " - ")
	}
	if b == nil {
		return text, false
	}
	return string(b), true
}
