package normalize

import (
	"strings"

	"github.com/gigscout/gigscout/internal/model"
)

// A salary in crores of rupees with no currency sign in running text, right
// after a salary label: "Salary package: 1cr - 1.5cr", "CTC 2 crore",
// "Package of 1.2 Cr to 1.6 Cr per annum". A pay field's lone crore amount
// is read by lakhSignlessPay; in running text a bare "2 cr" may be a
// company's revenue or a fund, so only one a salary label names is read.
// Ten crore or more is no salary (croreMax).

// labelledCrore is a salary label, then an amount or range in crores or
// lakhs: the label's words (an "up to" may follow), an optional rupee
// sign, the first figure (group 1) and its unit (group 2), the second
// end's figure (group 3) and unit (group 4), and a period after (group 5:
// a month word, else a year). A unit is needed on one end at least: "CTC
// ₹22 lakh", "The CTC is 25 lakh", "CTC 30 - 40 lakhs", "CTC 10L - 15L",
// "Package up to 1.2 crore" (tried around the label words: see keyRegexp).
var labelledCrore = newKeyRegexp(`(?i)\b(?:salary|ctc|package|compensation|remuneration)(?:\s+(?:package|range|band|offered))?\s*(?::|-|–|is|of)?\s*(?:(?:up\s*to|upto)\s*)?(?:₹|rs\.?|inr)?\s*(\d{1,3}(?:\.\d{1,2})?)(\s*(?:crores?|cr|lakhs?|lacs?)|l)?\b\.?`+
	`(?:\s*(?:-|–|—|to)\s*(?:₹|rs\.?|inr)?\s*(\d{1,3}(?:\.\d{1,2})?)(\s*(?:crores?|cr|lakhs?|lacs?)|l)\b\.?)?`+
	`(?:\s*(?:p\.?\s?a\.?|per annum|a year|per year|annually|(per month|a month|monthly|/\s?month|p\.?m\.?)))?`, 2, 110,
	"salary", "ctc", "package", "compensation", "remuneration")

// lakhUnitFactor is the rupees in one of a unit word of labelledCrore: a
// crore (ten million) or a lakh (a hundred thousand).
func lakhUnitFactor(unit string) float64 {
	u := strings.TrimSpace(unit)
	if len(u) > 1 && u[0]|0x20 == 'c' {
		return 1e7
	}
	return 1e5
}

// labelledCrorePay (called from lakhSignlessPay when nothing else was read)
// reads a labelled crore or lakh salary as rupees a year (a month when a
// month word follows); nil when there is none.
func labelledCrorePay(text string) *payCandidate {
	for _, m := range labelledCrore.FindAllStringSubmatchIndex(text, -1) {
		if m[4] < 0 && m[8] < 0 {
			continue // no unit: "Salary 25 per hour" is for other readers
		}
		if badBefore.MatchString(text[max(0, m[0]-60):m[0]]) || lakhNotPay.MatchString(text[m[1]:]) {
			continue
		}
		f1, f2 := 0.0, 0.0
		if m[8] >= 0 {
			f2 = lakhUnitFactor(text[m[8]:m[9]])
		}
		if m[4] >= 0 {
			f1 = lakhUnitFactor(text[m[4]:m[5]])
		} else {
			f1 = f2
		}
		lo, _ := parseAmount(text[m[2]:m[3]], "")
		hi := lo
		f := f1
		if m[6] >= 0 {
			hi, _ = parseAmount(text[m[6]:m[7]], "")
			f = f2
		}
		lo, hi = lo*f1, hi*f
		lo, hi = min(lo, hi), max(lo, hi)
		if lo <= 0 || hi >= croreMax {
			continue
		}
		unit := model.UnitYear
		if m[10] >= 0 {
			unit = model.UnitMonth
		}
		return &payCandidate{money: money{start: m[2], end: trimEnd(text, m[2], m[1]), min: lo, max: hi, currency: "INR", ranged: lo != hi, kSuffix: true}, unit: unit, score: 2}
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
