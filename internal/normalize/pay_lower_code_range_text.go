package normalize

import "regexp"

// In running text a lower-case currency code is read after a range only:
// "от 1.000 до 2.000 usd", "Зарплата 1 500 - 2 500 usd", "3,000 to 4,000
// eur". lowerCodePayText (pay_lower_code.go) reads such codes in a pay
// field alone, as a lone "900 000 eur" in a sentence may be anything (a
// sum raised, a price); two amounts joined by a range word or dash before
// the code are pay-shaped enough, and judge still weighs the words around
// them. The rewrite upper-cases the code in place, so every byte keeps its
// place for the evidence span.

// rangeBeforeLowerCode is a range ending right before the code: an amount
// (digits with dot, comma, apostrophe or spaced thousands), an optional k,
// a dash or range word, and another such amount.
var rangeBeforeLowerCode = regexp.MustCompile(`\d[\d.,'’]*(?: \d{3})*\s*[kK]?\s*(?:-|–|—|до|to|bis|à)\s*\d[\d.,'’]*(?: \d{3})*[kK]?\s?$`)

// lowerCodeRangeText upper-cases a lower-case code (lowerPayCodes) that
// ends a range in running text; text without one comes back as it is.
func lowerCodeRangeText(s string) string {
	var b []byte
	// From each digit: an optional k, an optional space, then the code
	// (most bytes of a description are no digit: one test each).
	for j := 0; j+1 < len(s); j++ {
		if !isDigit(s[j]) {
			continue
		}
		i := j + 1
		if s[i] == 'k' || s[i] == 'K' {
			i++
		}
		if i < len(s) && s[i] == ' ' {
			i++
		}
		if i+3 > len(s) || s[i] < 'a' || s[i] > 'z' || (i+3 < len(s) && isWordByte(s[i+3])) || !lowerPayCodes[s[i:i+3]] {
			continue
		}
		if !rangeBeforeLowerCode.MatchString(s[max(0, i-48):i]) {
			continue
		}
		if b == nil {
			b = []byte(s)
		}
		for k := i; k < i+3; k++ {
			b[k] -= 'a' - 'A'
		}
		j = i + 2
	}
	if b == nil {
		return s
	}
	return string(b)
}
