package normalize

import "github.com/gigscout/gigscout/internal/model"

// A salary in crores of rupees with no currency sign in running text, right
// after a salary label: "Salary package: 1cr - 1.5cr", "CTC 2 crore",
// "Package of 1.2 Cr to 1.6 Cr per annum". A pay field's lone crore amount
// is read by lakhSignlessPay; in running text a bare "2 cr" may be a
// company's revenue or a fund, so only one a salary label names is read.
// Ten crore or more is no salary (croreMax).

// labelledCrore is a salary label, then a crore amount or range: the
// label's words, an optional rupee sign, the first figure (group 1) and
// the second end's figure (group 2), each with its own crore word (tried
// around the label words: see keyRegexp).
var labelledCrore = newKeyRegexp(`(?i)\b(?:salary|ctc|package|compensation|remuneration)(?:\s+(?:package|range|band|offered))?\s*(?::|-|–|is|of)?\s*(?:₹|rs\.?|inr)?\s*(\d{1,3}(?:\.\d{1,2})?)\s*(?:crores?|cr)\b\.?`+
	`(?:\s*(?:-|–|—|to)\s*(?:₹|rs\.?|inr)?\s*(\d{1,3}(?:\.\d{1,2})?)\s*(?:crores?|cr)\b\.?)?`+
	`(?:\s*(?:p\.?\s?a\.?|per annum|a year|per year|annually))?`, 2, 110,
	"salary", "ctc", "package", "compensation", "remuneration")

// labelledCrorePay (called from lakhSignlessPay when nothing else was read)
// reads a labelled crore salary as rupees a year; nil when there is none.
func labelledCrorePay(text string) *payCandidate {
	for _, m := range labelledCrore.FindAllStringSubmatchIndex(text, -1) {
		if badBefore.MatchString(text[max(0, m[0]-60):m[0]]) || lakhNotPay.MatchString(text[m[1]:]) {
			continue
		}
		lo, hi := groupRange(text, m)
		lo, hi = lo*1e7, hi*1e7
		if lo <= 0 || hi >= croreMax {
			continue
		}
		return &payCandidate{money: money{start: m[2], end: trimEnd(text, m[2], m[1]), min: lo, max: hi, currency: "INR", ranged: lo != hi, kSuffix: true}, unit: model.UnitYear, score: 2}
	}
	return croreRangeAfterPay(text) // "1 - 2 crore package" (pay_crore_range_after.go)
}

// groupRange parses a match's first group and, when it matched, its second
// (else the first again) as amounts, and returns them low first.
func groupRange(text string, m []int) (lo, hi float64) {
	lo, _ = parseAmount(text[m[2]:m[3]], "")
	hi = lo
	if m[4] >= 0 {
		hi, _ = parseAmount(text[m[4]:m[5]], "")
	}
	return min(lo, hi), max(lo, hi)
}
