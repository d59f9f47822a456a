package normalize

import (
	"strings"
	"unicode"

	"github.com/gigscout/gigscout/internal/model"
)

// Unlabelled pay in the money of a country whose boards quote pay by the
// month up to a ceiling (monthCeiling) is a month's up to that ceiling and
// a year's above it, whichever way it reached the pay field:
//
//   - a bare field in the place's money: "15k-20k" or "30,000" in an
//     Indian listing is rupees a month (barePay guesses a year for any
//     bare amount from 15,000, and ₹20,000 a year is no salary);
//   - a field with the sign: "RM 180,000 - 240,000" in Kuala Lumpur is
//     ringgit a year (the month rule of monthlyCurrencies alone would read
//     RM 240,000 a month, no salary either).
//
// A field that states a period, a fee or any other word is left to the
// readers that see the word.

// placeMonthSize (called first in placePeriod) sets the unit of pay read
// from the pay field, in cur (the listing's place's money), whose field
// states no period, by sizeMonthUnit; a fee guessed from the size too
// ("$5,000" in Singapore, whose dollar localDollar named after the size
// rule had read a fee). It reports whether it decided the
// unit, so that placePeriod's own month rule does not undo a year above the
// ceiling.
func placeMonthSize(pay *model.Pay, l *model.Listing, cur string) bool {
	if pay.Currency != cur || (pay.Unit != model.UnitYear && pay.Unit != model.UnitMonth && pay.Unit != model.UnitProject) {
		return false
	}
	if _, ok := monthCeiling[cur]; !ok || !periodUnstatedMarked(l.PayText) {
		return false
	}
	u, ok := sizeMonthUnit(money{currency: cur, min: pay.Min, max: pay.Max})
	if !ok {
		return false
	}
	pay.Unit = u
	return true
}

// periodUnstatedMarked is periodUnstated for a pay text that may also hold
// currency marks written as letters, alone or against the amount: "RM",
// "Rs.", "RM15k - RM20k", "MYR 5,000".
func periodUnstatedMarked(s string) bool {
	b := []byte(s)
	run := -1 // start of the current run of letters
	for i, r := range s + " " {
		switch {
		case unicode.IsLetter(r):
			if run < 0 {
				run = i
			}
		case run >= 0:
			if currencyMark(s[run:i]) {
				copy(b[run:i], strings.Repeat(" ", i-run))
			}
			run = -1
		}
	}
	return periodUnstated(string(b))
}

// currencyMark reports a run of letters that names a currency: a code, a
// sign written in letters ("Rs", "RM", "zł") or a currency's name.
func currencyMark(w string) bool {
	if _, ok := currencies[strings.ToLower(w)]; ok {
		return true
	}
	if c, ok := markCurrency[w]; ok && c != "" {
		return true
	}
	return len(w) == 3 && currencyCodes[strings.ToUpper(w)]
}
