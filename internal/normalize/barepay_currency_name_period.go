package normalize

import (
	"regexp"

	"github.com/gigscout/gigscout/internal/model"
)

// A bare figure with a currency's name and then its period, as postings
// in Nigeria, Ghana, Kenya, Bangladesh and elsewhere write a salary in
// a sentence: "Salary: 150,000 naira monthly", "35,000 Taka per month",
// "GH 2,500 cedis a month" (table tests in
// barepay_currency_name_period_test.go). reBareAt reads a period right
// after the figure only, so the name hid it and a large month's pay was
// read as a year's by size. The name is skipped here and the period read
// after it; the currency is still the caller's (the listing's place),
// as for any bare figure.

// bareCurrencyName is a currency's name right after a bare figure, the
// words as boards write them.
var bareCurrencyName = regexp.MustCompile(`(?i)^\s*(?:taka|naira|cedis?|shillings?|rand|baht|pesos|rupees?|ringgit|rupiah|soles|reais|birr|kwacha|dirhams?|riyals?|dinars?)\b`)

// bareNamePeriod is the period after a currency's name right after a
// bare figure (after is the text right after it), or "".
func bareNamePeriod(after string) model.PayUnit {
	if len(after) < 4 || !isLetterByte(after[min(len(after)-1, skipSpaces(after, 0))]) {
		return ""
	}
	m := bareCurrencyName.FindStringIndex(after)
	if m == nil {
		return ""
	}
	rest := after[m[1]:min(len(after), m[1]+40)]
	if p := unitAfter.FindStringSubmatchIndex(rest); p != nil {
		switch u := unitWord(group(rest, p, 1) + group(rest, p, 2)); u {
		case model.UnitHour, model.UnitDay, model.UnitWeek, model.UnitMonth, model.UnitYear:
			return u
		}
	}
	return ""
}
