package normalize

import "regexp"

// Allowances named beside an amount that notForWorkBefore (whose kinds
// stand before "stipend of") does not see: the allowance written after
// the amount with what it pays for ("a $150 stipend for your home
// office", "$1.5K monthly stipend for meals"), a perk's kind before its
// stipend with a dash or "equivalent to" between ("Technology stipend –
// equivalent to US$100 a month"), and the Spanish and Catalan names of a
// transport, meal or housing allowance ("Plus de transporte de 200 € al
// mes", "Ajuda de menjador de 11 €"). None of these is pay for the work;
// a stipend that pays for nothing named ("a stipend of $2,000 a month"
// for an intern) still is.

// allowanceForAfter is such an allowance right after the amount: an
// optional period word, the allowance noun, "for" and what it pays for.
var allowanceForAfter = regexp.MustCompile(`(?i)^\s*(?:(?:/\s*|per\s+|a\s+)?(?:month|mo|week|year|day)\b\.?\s*|(?:monthly|weekly|yearly|annual|daily)\s+)?` +
	`(?:stipends?|allowances?)\s+(?:for|towards?)\s+(?:(?:your|the|a|an|all|any)\s+)?(?:[a-z-]+\s+){0,1}` +
	`(?:meals?|lunch(?:es)?|food|groceries|home[- ]?office|office|internet|phone|mobile|gym|fitness|wellness|well-?being|learning|education|books?|courses?|training|commut(?:e|ing)|transport(?:ation)?|travel|housing|rent|relocation|equipment|hardware|laptops?|co-?working|setup|set-?up|childcare|health)\b`)

// allowanceKindBefore is a perk's kind and its stipend or allowance
// noun right before the amount, past a dash, colon or "equivalent to".
var allowanceKindBefore = regexp.MustCompile(`(?i)\b(?:technology|tech|home[- ]office|remote[- ]work|wellness|well-?being|learning|education|gym|fitness|co-?working|equipment|lunch|meal|internet|phone|mobile)\s+(?:stipend|allowance|budget)s?\s*(?:[–—:-]\s*)?(?:(?:of|worth|equivalent\s+to|up\s+to)\s+)*$`)

// allowanceIberianBefore is a Spanish or Catalan allowance naming the
// amount from right before it ("Plus de transporte de", "ayuda de
// comida:", "Ajuda de menjador de").
var allowanceIberianBefore = regexp.MustCompile(`(?i)\b(?:plus|ayuda|ajuda|apoyo|subsidio)\s+(?:de\s+|por\s+|per\s+)?(?:transporte|transport|comida|menjador|alimentaci[oó]n|vivienda|habitatge|guarder[ií]a|teletrabajo|teletreball)\s*(?:de\s+|por\s+|:\s*)?$`)

// The words one of which a window must hold before an expression above
// runs on it (cheap tests in the short window, as notForWorkLeads is):
// the nouns of allowanceForAfter and allowanceKindBefore, and both a lead
// and a kind of allowanceIberianBefore ("plus" alone is common English
// before an amount: "base plus $5,000").
var (
	allowanceForNouns     = newFoldWords("stipend", "allowance")
	allowanceKindNouns    = newFoldWords("stipend", "allowance", "budget")
	allowanceIberianLeads = newFoldWords("plus", "ayuda", "ajuda", "apoyo", "subsidio")
	allowanceIberianKinds = newFoldWords("transport", "comida", "menjador", "aliment", "vivienda", "habitatge", "guarder", "teletr")
)

// allowanceNamed reports an amount one of these allowances names: it
// reads the 80 bytes before the amount and the 90 after it.
func allowanceNamed(before, after string) bool {
	b := before[max(0, len(before)-80):]
	a := after[:min(len(after), 90)]
	if allowanceForNouns.in(a) && allowanceForAfter.MatchString(a) {
		return true
	}
	if allowanceKindNouns.in(b) && allowanceKindBefore.MatchString(b) {
		return true
	}
	return allowanceIberianLeads.in(b) && allowanceIberianKinds.in(b) && allowanceIberianBefore.MatchString(b)
}
