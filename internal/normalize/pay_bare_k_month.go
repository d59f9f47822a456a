package normalize

import (
	"regexp"
	"strings"

	"github.com/gigscout/gigscout/internal/model"
)

// A pay field holding nothing but an amount in thousands, or a range of
// them, with no currency and no period ("5k-8k", "5,5k–8k", "12K") is a
// month's pay in a country whose boards quote pay by the month: Brazilian,
// Polish, Chinese or Gulf listings write a month's salary so, and 5,000 to
// 8,000 of their money is no year's pay. barePay reads such a field only
// from 15k (a year, which placePeriod then turns into a month in those
// countries); below that it reads nothing. Elsewhere (dollars, euros,
// pounds) "5k-8k" says nothing of its period and stays unread, and so do
// currencies a thousand of which is far below a month's pay (dong, rupiah,
// pesos of Chile and Colombia).

// reBareKMonth is the whole field: an amount with k, or a range whose high
// end has k ("5-8k" shares it); the words between are range words of the
// languages these boards write in ("a" and "até" in Portuguese, "bis",
// "do", "до").
var reBareKMonth = regexp.MustCompile(`(?i)^\s*(` + number + `)\s*(k)?\s*(?:(?:-|–|—|~|～|to|a|até|ate|à|bis|do|до)\s*(` + number + `)\s*(k))?\s*$`)

// kMonthSkipped are monthly-quoted currencies in which an amount in
// thousands is far below a month's pay.
var kMonthSkipped = map[string]bool{"VND": true, "IDR": true, "COP": true, "CLP": true, "ARS": true, "KZT": true}

// bareFieldPay is barePay, then bareKMonth and bareManwon
// (pay_korean_bare_manwon.go) for what it leaves.
func bareFieldPay(field, text string, l *model.Listing) *model.Pay {
	if p := barePay(field, text); p != nil {
		return p
	}
	if p := bareKMonth(field, text, l); p != nil {
		return p
	}
	if p := bareManwon(field, text, l); p != nil {
		return p
	}
	if p := bareBigUnitMonth(field, text, l); p != nil { // "4 000 000 - 7 000 000" in Tashkent (pay_cis_places.go)
		return p
	}
	if p := bareRangeMonthByPlace(field, text, l); p != nil { // "8000-14000" in Pune: a month's (pay_bare_range_month_place.go)
		return p
	}
	if p := bareBandByType(field, text, l); p != nil { // "90 - 110" on SEEK: thousands a year full time, an hourly rate on contract (pay_bare_band_underscore.go)
		return p
	}
	return bareFieldPayCut(field, text, l) // "20-30K·14薪，另有年终奖" (pay_field_cjk_extras.go)
}

// bareKMonth reads a currency-less pay field of thousands as a month's pay
// when the listing's place quotes pay by the month; the currency is left
// for the caller to fill from the place, as barePay's is.
func bareKMonth(field, text string, l *model.Listing) *model.Pay {
	if strings.IndexAny(text, "kK") < 0 || retirementPlan.MatchString(strings.TrimSpace(text)) {
		return nil // "401k" names a plan
	}
	m := reBareKMonth.FindStringSubmatchIndex(text)
	if m == nil {
		return nil
	}
	g := func(i int) string { return group(text, m, i) }
	if g(3) == "" && g(2) == "" {
		return nil // "5000" alone: no thousands written, barePay's to judge
	}
	lo, _ := parseAmount(g(1), g(2))
	hi := lo
	if g(3) != "" {
		hi, _ = parseAmount(g(3), g(4))
		if g(2) == "" {
			raw, _ := parseAmount(g(1), "")
			if raw*1e3 > 3*hi {
				return nil // "400-25K": no range written backwards, no shared k
			}
			lo = raw * 1e3 // "5-8k": the k applies to both
		}
	}
	if lo > hi {
		lo, hi = hi, lo
	}
	if !kMonthPlace(listingCurrency(l), lo, hi) {
		return nil
	}
	end := trimEnd(text, m[2], m[1])
	return &model.Pay{Min: lo, Max: hi, Unit: model.UnitMonth, Source: model.FromText,
		Evidence: &model.Span{Field: field, Start: m[2], End: end, Text: text[m[2]:end]}}
}

// kMonthPlace reports that lo to hi in cur, the money of the listing's
// place, is a month's pay there: cur is quoted by the month (monthlyCurrencies,
// or monthCeiling within its bounds) and the amounts lie within a month's
// limits.
func kMonthPlace(cur string, lo, hi float64) bool {
	if c, ok := monthCeiling[cur]; ok {
		return lo >= c[0] && hi <= c[1]
	}
	lim := bareLimits[model.UnitMonth]
	return monthlyCurrencies[cur] && !kMonthSkipped[cur] && lo >= lim[0] && hi <= lim[1]
}
