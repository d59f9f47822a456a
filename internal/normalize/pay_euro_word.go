package normalize

import "regexp"

// Italian listings write the currency out as "euro" (singular and plural
// alike) with an Italian period or a gross or net word after it: "1.300
// euro al mese", "30.000 euro lordi annui", "50.000 euro all'anno", "da
// 1.300 a 1.500 euro netti al mese", or an hourly pay name before it: "paga
// oraria 9,50 euro lordi". A written-out currency needs a period (judge:
// "50 pounds" is as often a weight); these are the periods and cues
// romance-language pay uses.

// italianRateBefore is an Italian hourly or monthly pay name right before
// an amount: "paga oraria", "retribuzione oraria", "compenso orario",
// "stipendio mensile", "tariffa oraria".
var italianRateBefore = regexp.MustCompile(`(?i)\b(?:paga|retribuzione|compenso|stipendio|tariffa|salario)\s+(?:orari[oa]|mensile|netto|lordo|base)\b[^.\n]{0,20}$`)

// euroWordPay (called in judge before a written-out currency is turned
// away) reports a euro amount written "euro" / "euros" that has an
// Italian, Spanish or Portuguese period after it (romanceUnitAfter), a
// yearly or plain Italian pay name before it (romancePayCue), or an hourly
// or monthly one (italianRateBefore): such an amount is read as if the
// sign were written.
func euroWordPay(m money, before, after string) bool {
	if m.currency != "EUR" || !m.word {
		return false
	}
	if _, _, ok := romanceUnitAfter(after); ok {
		return true
	}
	if _, _, ok := romancePayCue(before); ok {
		return true
	}
	for _, w := range []string{"paga", "retribuz", "compens", "stipend", "tariff", "salari"} {
		if containsFold(before, w) {
			return italianRateBefore.MatchString(before)
		}
	}
	return false
}
