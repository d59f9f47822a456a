package normalize

import (
	"regexp"

	"github.com/gigscout/gigscout/internal/model"
)

// A pay field may write lakhs with the letter L alone and no rupee sign:
// "7.8L", "5L - 10L", "15L per year". Such a field is rupees a year, as
// "8 L p.a." is (lakhPAField); running text is left alone, where "5L" is
// as often litres or a size.

// lakhLetterField is a pay field that is only a lakh figure with its L
// (group 1), optionally a second one with its own L (group 2), and
// optionally a year word.
var lakhLetterField = regexp.MustCompile(`(?i)^\s*(\d{1,2}(?:\.\d{1,2})?)\s?l(?:\s*(?:-|–|—|to)\s*(\d{1,2}(?:\.\d{1,2})?)\s?l)?` +
	`(?:\s*(?:per\s+(?:annum|year)|a\s+year|annually|/\s*(?:yr|year|annum)))?\s*$`)

// lakhLetterPay (called first in lakhSignlessPay) reads such a field as
// rupees a year; nil for anything else or ten crore or more.
func lakhLetterPay(text string, lenient bool) *payCandidate {
	if !lenient || len(text) > 40 {
		return nil
	}
	m := lakhLetterField.FindStringSubmatchIndex(text)
	if m == nil {
		return lakhLetterMonthPay(text) // "0.8L per month" (pay_lakh_letter_month.go)
	}
	lo, hi := groupRange(text, m)
	lo, hi = lo*1e5, hi*1e5
	if hi <= 0 || hi >= croreMax {
		return nil
	}
	return &payCandidate{money: money{start: m[2], end: trimEnd(text, m[2], m[1]), min: lo, max: hi, currency: "INR", ranged: lo != hi, kSuffix: true}, unit: model.UnitYear, score: 2}
}
