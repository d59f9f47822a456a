package normalize

import (
	"regexp"

	"github.com/gigscout/gigscout/internal/model"
)

// A pay field may write lakhs with the letter L and a month word: an
// internship stipend "0.8L per month", "1L-1.5L/month", sometimes after a
// "Stipend:" or "Salary:" label. Such a field is rupees a month; the year
// form (no month word) is lakhLetterField's.

// lakhLetterMonthField is a pay field that is only an optional pay label,
// a lakh figure with its L (group 1), optionally a second one with its own
// L (group 2), and a month word.
var lakhLetterMonthField = regexp.MustCompile(`(?i)^\s*(?:(?:stipend|salary|pay|remuneration|compensation)\s*:?\s*)?` +
	`(\d{1,2}(?:\.\d{1,2})?)\s?l(?:\s*(?:-|–|—|to)\s*(\d{1,2}(?:\.\d{1,2})?)\s?l)?` +
	`\s*(?:per\s+month|a\s+month|monthly|/\s*(?:month|mo|mth)|p\.\s?m\.)\s*$`)

// lakhLetterMonthPay reads such a field as rupees a month; nil for
// anything else or a crore a month or more. Called by lakhLetterPay when
// the year form does not match (pay fields only, short text).
func lakhLetterMonthPay(text string) *payCandidate {
	m := lakhLetterMonthField.FindStringSubmatchIndex(text)
	if m == nil {
		return nil
	}
	lo, hi := groupRange(text, m)
	lo, hi = lo*1e5, hi*1e5
	if hi <= 0 || hi >= croreMax {
		return nil
	}
	return &payCandidate{money: money{start: m[2], end: trimEnd(text, m[2], m[1]), min: lo, max: hi, currency: "INR", ranged: lo != hi, kSuffix: true}, unit: model.UnitMonth, score: 2}
}
