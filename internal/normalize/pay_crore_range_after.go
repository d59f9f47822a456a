package normalize

import "github.com/gigscout/gigscout/internal/model"

// A crore range may carry its unit only after the second figure, as
// Indian posts write a package: "1 - 2 crore package", "Annual CTC 1 - 2
// crore", "CTC: 1.5 - 2 Cr". labelledCrore wants the unit after the first
// figure. In running text "1 - 2 crore" may be a fund or a turnover, so
// the range is read only with a salary word right before it (CTC,
// package, salary, compensation) or "package" / "CTC" right after it.

// croreRangeAfter is the range: an optional salary word before (group 1),
// the two figures (groups 2 and 3), the crore word, and an optional
// "package" or "CTC" after (group 4) (tried around the crore word: see
// keyRegexp).
var croreRangeAfter = newKeyRegexp(`(?i)(?:\b(ctc|package|salary|compensation|remuneration)\s*(?::|-|–|of|is)?\s*)?(?:₹|rs\.?|inr)?\s*\b(\d{1,3}(?:\.\d{1,2})?)\s*(?:-|–|—|to)\s*(\d{1,3}(?:\.\d{1,2})?)\s*(?:crores?|cr)\b\.?(\s*(?:package|ctc)\b)?`, 40, 20,
	"crore", "cr ", "cr.")

// croreRangeAfterPay (called from labelledCrorePay when nothing else was
// read) reads such a range as rupees a year; nil when there is none. Ten
// crore or more is no salary (croreMax).
func croreRangeAfterPay(text string) *payCandidate {
	if !hasFold(text, "cr") {
		return nil
	}
	for _, m := range croreRangeAfter.FindAllStringSubmatchIndex(text, -1) {
		if m[2] < 0 && m[8] < 0 {
			continue // no salary word on either side
		}
		if badBefore.MatchString(text[max(0, m[0]-60):m[0]]) || lakhNotPay.MatchString(text[m[1]:]) {
			continue
		}
		lo, _ := parseAmount(text[m[4]:m[5]], "")
		hi, _ := parseAmount(text[m[6]:m[7]], "")
		lo, hi = min(lo, hi)*1e7, max(lo, hi)*1e7
		if lo <= 0 || hi >= croreMax {
			continue
		}
		return &payCandidate{money: money{start: m[4], end: trimEnd(text, m[4], m[1]), min: lo, max: hi, currency: "INR", ranged: lo != hi, kSuffix: true}, unit: model.UnitYear, score: 2}
	}
	return nil
}
