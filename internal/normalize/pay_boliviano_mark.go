package normalize

import (
	"regexp"
	"strings"
)

// venezuelaMoney names Venezuela's bolívar, the other currency written
// "Bs.": "bolívares", "Venezuela", the codes VES and VED.
var venezuelaMoney = regexp.MustCompile(`(?i)\bbol[ií]vares\b|\bvenezuela|\bVE[SD]\b`)

// isBsMark reports the "Bs" or "Bs." mark written before an amount: the
// boliviano's sign in Bolivian ads ("Bs 2.500", "Bs. 3.000 – 3.500").
func isBsMark(mark string) bool { return mark == "Bs" || mark == "Bs." }

// bsMarkCurrency is the currency of a "Bs" amount: bolívars when the text
// names Venezuela's money, else bolivianos. ok is false for a figure not
// written with its thousands (nor with a multiplier): "Bs 3" is no salary,
// and a "Bs" before a small number is as often a typo for "BS", a degree.
func bsMarkCurrency(text, figure string, mult bool) (cur string, ok bool) {
	if !mult && !markThousands(figure) && !bsPlainPay(text, figure) {
		return "", false // "Bs 3"; "Bs. 8500 mensuales" is pay (pay_boliviano_plain.go)
	}
	if venezuelaMoney.MatchString(text) {
		return "VES", true
	}
	return "BOB", true
}

// bsMarkStarts adds to preMarkStarts the places a "Bs" mark may start: "Bs"
// then an optional point and space, then a digit.
func bsMarkStarts(text string, add func(int)) { markStartsBeforeDigit(text, "Bs", false, add) }

// markStartsBeforeDigit calls add with the start of each mark in text
// that is followed by an optional point, a space (a no-break space too;
// optional unless spaced) and a digit: "Bs. 2.500", "kr 45 000".
func markStartsBeforeDigit(text, mark string, spaced bool, add func(int)) {
	for from := 0; ; {
		i := strings.Index(text[from:], mark)
		if i < 0 {
			return
		}
		i += from
		from = i + len(mark)
		j := from
		if j < len(text) && text[j] == '.' {
			j++
		}
		switch {
		case j < len(text) && text[j] == ' ':
			j++
		case strings.HasPrefix(text[j:], "\u00a0"):
			j += 2
		case spaced:
			continue
		}
		if j < len(text) && isDigit(text[j]) {
			add(i)
		}
	}
}
