package normalize

import (
	"regexp"
	"strings"
)

// The currency may also be named in a word before the amount in a pay
// field: "Naira 400,000 monthly", "Kenyan shillings 80,000 - 120,000",
// "Rand 25 000 per month". The names and the country a shared name needs
// are those of currencyNameAfter (pay_currency_names_after.go).

// currencyNameBefore is such a name at the start of a field: an optional
// country adjective (group 1) and the name (group 2).
var currencyNameBefore = regexp.MustCompile(`(?i)^\s*(?:(ghana(?:ian)?|kenyan?|ugandan?|tanzanian?|uae|emirati|saudi|qatari|mexican|philippine|colombian|chilean|argentine|swiss|turkish|south african|nigerian|thai|japanese|chinese|korean|israeli|polish|hungarian)\s+)?` +
	`(naira|cedis?|rand|shillings?|birr|baht|ringgits?|z[lł]oty(?:s|ch)?|forints?|yen|yuan|renminbi|won|shekels?|liras?|dirhams?|riyals?|pesos|francs|rupiah|dong)\s*(?:[:.]\s*)?`)

// fieldAmountOnly is fieldAmountRange alone, for the rest of such a field.
var fieldAmountOnly = regexp.MustCompile(`(?i)` + fieldAmountRange)

// currencyNameBeforePay (called by currencyNameFieldPay when no name
// follows the amount) reads a pay field that names its currency first;
// nil when the name does not say one currency or the rest is more than
// an amount and a period.
func currencyNameBeforePay(text string) *payCandidate {
	p := currencyNameBefore.FindStringSubmatchIndex(text)
	if p == nil || p[1] >= len(text) || !isDigit(text[p[1]]) {
		return nil
	}
	name := strings.ToLower(group(text, p, 2))
	if n := strings.TrimSuffix(name, "s"); currencyNames[n] != "" || sharedCurrencyNames[n] != nil {
		name = n
	}
	cur := currencyNames[name]
	if shared := sharedCurrencyNames[name]; shared != nil {
		cur = shared[strings.ToLower(group(text, p, 1))]
	}
	if cur == "" {
		return nil // "Pesos 40,000": whose?
	}
	rest := text[p[1]:]
	m := fieldAmountOnly.FindStringSubmatchIndex(rest)
	if m == nil {
		return nil
	}
	c := fieldAmountPay(rest, m, cur)
	if c == nil {
		return nil
	}
	c.start, c.end = 0, c.end+p[1]
	return c
}
