package normalize

import (
	"regexp"

	"github.com/gigscout/gigscout/internal/model"
)

// allowanceField is a pay field of an amount or range and the word
// "allowance" alone after it: "PHP 12,000 - PHP 18,000 allowance". Interns
// in the Philippines, India or Malaysia are paid an allowance, and a pay
// field that names nothing else is that pay. An allowance named for a cost
// ("rice allowance", "housing allowance of ...") has a word between.
var allowanceField = regexp.MustCompile(`(?i)^\s*(.*\d[kK]?)\s*(?:/-)?\s*(?:monthly\s+)?allowances?\s*\.?\s*$`)

// allowanceFieldPay reads such a field as the pay its amounts state, the
// period by their size and currency as for a field without the word.
func allowanceFieldPay(field, text string) *model.Pay {
	if field != "pay_text" || len(text) > 80 || !containsFold(text, "allowance") {
		return nil
	}
	m := allowanceField.FindStringSubmatch(text)
	if m == nil || !periodUnstated(m[1]) {
		return nil
	}
	pay, _ := ParsePay(field, m[1])
	if pay == nil || pay.Unit == model.UnitHour {
		return nil
	}
	if pay.Unit == model.UnitProject || pay.Unit == model.UnitYear && pay.Max <= bareLimits[model.UnitMonth][1] && !monthTooBig(pay.Currency, pay.Min, pay.Max) {
		pay.Unit = model.UnitMonth // an allowance is paid by the month
	}
	return pay
}
