package normalize

import "regexp"

// Reference numbers before an amount (table tests in
// pay_reference_numbers_test.go): "Ref 17 SAR 9,000", "Job ID 3381 EUR
// 4,500 per month", "#22 $30/hour". The money scanner reads the number
// and the currency after it as one amount ("17 SAR"), which hides the
// pay written after the currency. A number right after "Ref", "Ref.",
// "Reference", "Req", "ID" or "#" is a reference, never pay: bestPay
// blanks it and scans again.

// refBefore ends in a reference word, right before a number.
var refBefore = regexp.MustCompile(`(?i)(?:\b(?:ref(?:erence)?|req(?:uisition)?|id)\.?(?:\s*(?:no\.?|number))?\s*[:#]?\s*|#\s?)$`)

// refNumbersMasked returns text with the reference numbers that open an
// amount of ms blanked (the same length, so offsets still index text),
// and whether there was one. Only an amount that starts with its digits
// (its currency after them) is looked at: the check is a byte for most.
func refNumbersMasked(text string, ms []money) (string, bool) {
	var b []byte
	for _, m := range ms {
		if m.start == 0 || !isDigit(text[m.start]) || !refBefore.MatchString(text[max(0, m.start-24):m.start]) {
			continue
		}
		if b == nil {
			b = []byte(text)
		}
		for i := m.start; i < len(b) && (isDigit(b[i]) || b[i] == '-' || b[i] == '/'); i++ {
			b[i] = ' '
		}
	}
	if b == nil {
		return text, false
	}
	return string(b), true
}
