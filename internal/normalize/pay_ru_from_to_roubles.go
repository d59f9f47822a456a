package normalize

import "strings"

// A Russian vacancy may give its pay in running text as a closed range of
// full figures with a rouble mark and no salary word at all: "Ожидаем от
// 100 000 до 150 000 руб.", "Платим от 90 000 до 120 000 ₽ в месяц".
// ruKiloTextPay reads the shorthand of that shape ("от 100 до 150 тыс
// руб"); the full figures had no reader in running text unless a salary
// label led them. The range must be closed (от ... до ...) and end in a
// rouble mark; a budget, turnover, price, bonus, loan or fine named just
// before it is no pay for the work.

// ruFromToRoubles is the range: "от", a figure grouped by spaces, "до" or
// a dash, a second such figure and a rouble mark (tried around the mark:
// see keyRegexp).
var ruFromToRoubles = newKeyRegexp(`(?i)(?:^|[^\p{L}])(от)\s+\d{1,3}(?:[   ]\d{3})+\s*(?:до|-|–|—)\s*\d{1,3}(?:[   ]\d{3})+\s*(?:руб\p{L}*\.?|₽)`, 60, 20,
	"руб", "₽")

// ruFromToNotPay are words just before such a range that make it some
// other money: a budget or turnover, a price or bill, a bonus, a loan or
// a fine.
var ruFromToNotPay = []string{"юджет", "компани", "оборот", "выручк", "продаж", "стоимост", "цен", "чек", "преми", "бонус", "кредит", "займ", "штраф"}

// ruFromToRoublesPay (called at the end of bestPay when nothing else was
// read) reads ruFromToRoubles in Cyrillic running text through
// ruSalaryAfter (its period words and size give the unit); best when
// there is none.
func ruFromToRoublesPay(text string, best *payCandidate) *payCandidate {
	if best != nil || !hasCyrillic(text) {
		return best
	}
	for _, m := range ruFromToRoubles.FindAllStringSubmatchIndex(text, 4) {
		before := strings.ToLower(text[max(0, m[2]-40):m[2]])
		if containsAnyKey(before, ruFromToNotPay) {
			continue
		}
		c := ruSalaryAfter(text, m[2])
		if c == nil || !c.ranged || c.max <= 0 {
			continue
		}
		if c.currency == "" {
			c.currency = "RUB"
		}
		return c
	}
	return best
}
