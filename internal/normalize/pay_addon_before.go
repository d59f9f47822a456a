package normalize

import "strings"

// An amount right after "additional" or "extra" is an add-on to the pay,
// not the pay: "weekend nurses earn an additional $20/hour on top of their
// base rate", "plus an extra $3 per hour for nights", "an additional
// $2,000 relocation allowance". The base rate elsewhere in the text is
// still read; a text whose only amount is such an add-on has no pay.
// Only the word right before the amount counts (its sign or code between):
// "additional details: $25/hr" and "extra hours are paid at $30/hr" name
// the pay itself. Table tests and traps in pay_addon_before_test.go.

// addOnBefore reports whether before (the text up to an amount) ends with
// "additional" or "extra" as a whole word, spaces and a currency code or
// sign's letters aside.
func addOnBefore(before string) bool {
	b := strings.TrimRight(before, " \u00a0\t")
	for _, w := range [...]string{"additional", "extra"} {
		if hasSuffixFold(b, w) && (len(b) == len(w) || !isWordByte(b[len(b)-len(w)-1])) {
			return true
		}
	}
	return false
}
