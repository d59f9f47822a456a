package normalize

import (
	"strings"
	"unicode"
)

// moneyOnlyMax is the longest text moneyOnly looks at: a money phrase on
// its own ("от 100000 до 200000 рублей", "€12.50 - €13.50 per hour") is
// short; a description is not.
const moneyOnlyMax = 64

// moneyOnlyWords are the words a text that is only pay may hold beside its
// amounts: range words and bounds in English and Russian ("between $50k
// and $80k", "от 100000 до 200000 рублей", "up to 3000 EUR").
var moneyOnlyWords = map[string]bool{
	"from": true, "to": true, "and": true, "between": true, "up": true, "upto": true, "or": true,
	"от": true, "до": true, "и": true,
}

// moneyOnly reports a text that holds nothing but an amount or a range with
// its currency ("₽50000", "50,000 euros", "50000 тенге", "$85k _$95k"):
// a description that short is a pay field in the wrong place, so it is read
// as one (leniently: a bare amount with its currency is pay). Any other word
// left once the amounts are taken out ("We raised 50,000 dollars", "lift 50
// pounds") means it is not, and the text rules stand.
func moneyOnly(text string) bool {
	if len(text) > moneyOnlyMax || !strings.ContainsAny(text, "0123456789") {
		return false // most titles: no amount at all
	}
	var spans [][]int
	for _, m := range scanMoney(text) {
		if m.big {
			return false // "$2M": never pay
		}
		spans = append(spans, []int{m.start, m.end})
	}
	if len(spans) == 0 {
		// tenge and hryvnia, which scanMoney does not know ("50000 тенге",
		// "₸50000"): cyrillicPay reads them (pay_cjk.go)
		spans = cyrillicMoney.FindAllStringIndex(text, 3)
	}
	if len(spans) == 0 || len(spans) > 2 {
		return false
	}
	var rest strings.Builder
	prev := 0
	for _, m := range spans {
		if m[0] < prev {
			return false
		}
		rest.WriteString(text[prev:m[0]])
		rest.WriteByte(' ')
		prev = m[1]
	}
	rest.WriteString(text[prev:])
	for _, w := range strings.FieldsFunc(rest.String(), func(r rune) bool {
		return !unicode.IsLetter(r) && !unicode.IsDigit(r)
	}) {
		if !moneyOnlyWords[strings.ToLower(w)] {
			return false
		}
	}
	return true
}
