package normalize

import (
	"regexp"

	"github.com/gigscout/gigscout/internal/model"
)

// Bangladeshi boards write taka with the sign in running text as well as in
// the pay field, the period often in brackets after the range: "Monthly
// Salary\n• ৳ 22,000 - 30,000 (Monthly)". takaKCodePay reads the sign
// wherever it is (before, only in a pay field; in running text the amount
// was then read as a bare number in dollars), and periodOrSize reads the
// bracketed period.

// bracketPeriodRe is a period word in brackets right after an amount:
// "(Monthly)", "( per month )", "(Yearly)".
var bracketPeriodRe = regexp.MustCompile(`(?i)^\s*\(\s*(?:(monthly|per month|a month)|(yearly|annually|per annum|per year|a year)|(weekly|per week)|(daily|per day)|(hourly|per hour))\s*\)`)

// bracketPeriod returns the length of a bracketed period at the start of
// after and its unit; 0 when there is none.
func bracketPeriod(after string) (int, model.PayUnit) {
	i := 0
	for i < len(after) && after[i] == ' ' {
		i++
	}
	if i >= len(after) || after[i] != '(' {
		return 0, ""
	}
	m := bracketPeriodRe.FindStringSubmatchIndex(after)
	if m == nil {
		return 0, ""
	}
	for g, u := range []model.PayUnit{model.UnitMonth, model.UnitYear, model.UnitWeek, model.UnitDay, model.UnitHour} {
		if m[2+2*g] >= 0 {
			return m[1], u
		}
	}
	return 0, ""
}
