package normalize

import (
	"regexp"
	"strings"

	"github.com/gigscout/gigscout/internal/model"
)

// A pay field that is an amount or a range with its currency code in
// brackets after it (table tests in pay_code_parenthesized_test.go):
// "3.200 (EUR)", "15,5 - 18 (CHF)", "60.000 - 75.000 (EUR)", as German
// boards export their salary field. The money scanner reads a code only
// right after the figure. Only a whole pay field is read (in running text
// "(EUR)" may follow any number), and with no period the unit comes from
// the size: an hourly rate up to 250, a month's pay in thousands, a
// year's from 15,000.

// fieldAmountRange is the amount or range that opens such a field (and
// the fields of pay_currency_names_after.go): an optional "from" word, the
// amount, an optional k, then an optional second end.
const fieldAmountRange = `^\s*(?:(?:from|ab|up\s*to)\s+)?(` + number + `)\s*(k)?\s*(?:(?:-|–|—|to|bis)\s*(` + number + `)\s*(k)?\s*)?`

// parenCodeField is such a field; group 5 is the code.
var parenCodeField = regexp.MustCompile(`(?i)` + fieldAmountRange + `\(\s*([a-z]{3})\s*\)`)

// parenCodeFieldPay (called by codeAfterFieldPay when its own form does
// not match) reads parenCodeField in a pay field, then a currency name
// after the amount (currencyNameFieldPay); nil in running text.
func parenCodeFieldPay(text string, lenient bool) *payCandidate {
	if !lenient || len(text) > 60 || strings.IndexByte(text, '(') < 0 {
		return currencyNameFieldPay(text, lenient)
	}
	m := parenCodeField.FindStringSubmatchIndex(text)
	if m == nil {
		return nil
	}
	cur := currencies[strings.ToLower(group(text, m, 5))]
	if cur == "" {
		return nil // "12 (abc)"
	}
	return fieldAmountPay(text, m, cur)
}

// fieldAmountPay is the pay of a field whose fieldAmountRange groups 1-4
// match m (ending at m[1]) in currency cur: the rest of the field must be
// a period or nothing. nil when it is more, or when the amount is not pay.
func fieldAmountPay(text string, m []int, cur string) *payCandidate {
	lo, _ := parseAmount(group(text, m, 1), group(text, m, 2))
	hi := lo
	ranged := m[6] >= 0
	if ranged {
		hi, _ = parseAmount(group(text, m, 3), group(text, m, 4))
		if group(text, m, 2) == "" && group(text, m, 4) != "" {
			if raw, _ := parseAmount(group(text, m, 1), ""); raw*1e3 <= hi {
				lo = raw * 1e3 // "50-70k (EUR)": the k applies to both
			}
		}
	}
	if lo <= 0 || hi < lo {
		return nil
	}
	c := &payCandidate{money: money{start: m[2], end: m[1], min: lo, max: hi, currency: cur, ranged: ranged}, score: 1}
	if !periodRest(c, text[m[1]:], " .,;") {
		return nil // "4.000 (EUR) bonus": more than an amount
	}
	if c.unit == "" {
		c.unit = sizeUnit(c.money)
		if c.unit == model.UnitProject && c.max >= 1000 {
			c.unit = model.UnitMonth // a pay field of thousands: a month's pay
		}
	}
	if implausibleAmount(*c) || implausiblePeriod(*c) {
		return nil
	}
	c.end = trimEnd(text, c.start, c.end)
	return c
}
