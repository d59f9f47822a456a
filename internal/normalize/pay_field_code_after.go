package normalize

import (
	"regexp"
	"strings"
)

// A pay field that is an amount and a currency code or word after it in a
// form the money scanner does not read (table tests in
// pay_field_code_after_test.go): a lower-case code ("от 50 000 eur",
// "4 500 usd"), a plus sign between the amount and the code ("60k+ EUR/an",
// "60000+ EUR/an": at least that much), or the euro or dollar written in
// Russian ("от 50 000 евро", "3000 долларов"). Only a whole pay field is
// read, as currencyWordPay reads "50,000 dollars": in running text a
// lower-case "eur" may be anything.

// fieldCodeAfter is such a field: an optional "from" word, the amount, an
// optional k, an optional plus, then the code or word, then the rest
// (which unitAfter must read as a period, or be empty).
var fieldCodeAfter = regexp.MustCompile(`(?i)^\s*(?:(?:от|from|ab|dès|des|à partir de|a partir de|starting at|min\.?)\s*)?(` + number + `)\s*(k)?\s*(\+)?\s*` +
	`(usd|us|eur|gbp|chf|cad|aud|nzd|sgd|pln|czk|sek|nok|dkk|huf|ron|rub|uah|kzt|inr|aed|евро|долл(?:аров|ара|ар)?\.?|\$|€)(?:$|[^\p{L}])`)

// codeWordCurrencies maps fieldCodeAfter's Russian words and signs to codes.
var codeWordCurrencies = map[string]string{"евро": "EUR", "$": "USD", "€": "EUR", "us": "USD"} // "50us per hour" (pay_word_range_us_code.go)

// codeAfterFieldPay (called by currencyWordPay when its field pattern does
// not match) reads fieldCodeAfter in a pay field; nil in running text.
func codeAfterFieldPay(text string, lenient bool) *payCandidate {
	if !lenient || len(text) > 60 {
		return nil
	}
	m := fieldCodeAfter.FindStringSubmatchIndex(text)
	if m == nil {
		return parenCodeFieldPay(text, lenient) // "4.000 (EUR)", "200000 naira" (pay_code_parenthesized.go)
	}
	word := strings.ToLower(group(text, m, 4))
	cur := codeWordCurrencies[word]
	switch {
	case cur != "":
	case strings.HasPrefix(word, "долл"):
		cur = "USD"
	default:
		cur = strings.ToUpper(word)
	}
	v, _ := parseAmount(group(text, m, 1), group(text, m, 2))
	if v <= 0 {
		return nil
	}
	end := m[9]
	c := &payCandidate{money: money{start: m[2], end: end, min: v, max: v, currency: cur, word: true}, score: 1}
	if !periodRest(c, text[end:], " .,;)") {
		return nil // "50 000 eur bonus": more than an amount
	}
	if c.unit == "" {
		c.unit = sizeUnit(c.money)
	}
	if implausibleAmount(*c) {
		return nil
	}
	c.end = trimEnd(text, c.start, c.end)
	return c
}

// codeAfterNamed reports a pay text fieldCodeAfter reads a currency from
// ("50 000 eur"): placePeriod keeps that currency over the place's.
func codeAfterNamed(s string) bool {
	return len(s) <= 60 && fieldCodeAfter.MatchString(s)
}

// periodRest reads the rest of a pay field after c's amount: a period
// (unitAfter) sets c's unit and extends it; otherwise the rest may hold
// only the bytes of trim. It reports whether the field is an amount and
// at most a period.
func periodRest(c *payCandidate, rest, trim string) bool {
	if loc := unitAfter.FindStringSubmatchIndex(rest); loc != nil {
		c.unit, c.score = unitWord(group(rest, loc, 1)+group(rest, loc, 2)), 3
		c.end += loc[1]
		return true
	}
	return strings.Trim(rest, trim) == ""
}
