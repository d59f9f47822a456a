package normalize

import (
	"regexp"

	"github.com/gigscout/gigscout/internal/model"
)

// A pay field holding only a range of plain figures, no k, no currency and
// no period ("8000-14000"), in a country whose boards quote pay by the
// month (Indian rupees under a lakh, rand, pesos of the Philippines ...:
// monthCeiling) is a month's pay there when both ends lie within that
// month. barePay reads such a range only from 15,000 (as a year, which
// placePeriod then turns into a month), so "12000-18000" in Pune read
// nothing while "16000-18000" read a month.

// rePlainBareRange is the whole field: two plain amounts joined by a dash,
// a tilde or "to".
var rePlainBareRange = regexp.MustCompile(`^\s*(` + number + `)\s*(?:-|–|—|~|～|〜|to)\s*(` + number + `)\s*$`)

// bareRangeMonthByPlace (called in bareFieldPay after the other readers)
// reads such a field as a month's pay in the listing's money; the high end
// must be at most four times the low ("1000-90000" is no one job's pay),
// and two calendar years are no pay.
// The currency is left for the caller to fill, as barePay's is.
func bareRangeMonthByPlace(field, text string, l *model.Listing) *model.Pay {
	m := rePlainBareRange.FindStringSubmatchIndex(text)
	if m == nil {
		return nil
	}
	lim, ok := monthCeiling[listingCurrency(l)]
	if !ok {
		return nil
	}
	lo, _ := parseAmount(group(text, m, 1), "")
	hi, _ := parseAmount(group(text, m, 2), "")
	if lo > hi {
		lo, hi = hi, lo
	}
	if lo < lim[0] || hi > lim[1] || hi > 4*lo || calendarYear(lo) && calendarYear(hi) {
		return nil // "2021-2024" is a span of years
	}
	end := trimEnd(text, m[2], m[1])
	return &model.Pay{Min: lo, Max: hi, Unit: model.UnitMonth, Source: model.FromText,
		Evidence: &model.Span{Field: field, Start: m[2], End: end, Text: text[m[2]:end]}}
}

// calendarYear reports whether v is a whole number that reads as a recent
// or coming year.
func calendarYear(v float64) bool {
	return v >= 1950 && v <= 2100 && v == float64(int(v))
}
