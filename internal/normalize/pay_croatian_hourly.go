package normalize

import "strings"

// Croatian, Serbian and Bosnian listings write the euro in the genitive
// after an amount ("8,00 eura", "20 eura") or as a lower-case code
// ("7,00 eur"), and the hour as "sat" after a slash ("eur/sat"). In a short
// text (a pay field, a card line) such a word right after a figure becomes
// "EUR" (and spaces), and "/sat" right after it becomes "/h", byte for byte
// the same length, so the scanners read them as they read "8,00 EUR/h".
// The hourly label "satnica" is in worldPayLabels (pay_labels_world.go).
// Table tests in pay_croatian_hourly_test.go.
func rewriteSouthSlavicEuro(text string, set func(int, string)) {
	for i := 0; i+3 <= len(text); i++ {
		if text[i] != 'e' && text[i] != 'E' {
			continue
		}
		var end int
		switch {
		case strings.HasPrefix(text[i:], "eura"), strings.HasPrefix(text[i:], "Eura"):
			end = i + 4
		case strings.HasPrefix(text[i:], "eur"):
			end = i + 3
		default:
			continue
		}
		if !amountBefore(text, i) || end < len(text) && wordGoesOnByte(text[end]) {
			continue
		}
		set(i, "EUR"+strings.Repeat(" ", end-i-3))
		if rest := text[end:]; strings.HasPrefix(rest, "/sat") && (len(rest) == 4 || !wordGoesOnByte(rest[4])) {
			set(end, "/h  ")
		}
		i = end - 1
	}
}
