package normalize

import (
	"regexp"
	"strconv"
	"strings"

	"github.com/gigscout/gigscout/internal/model"
)

// Korean boards quote a year's salary in 만원 (ten thousand won), and a
// Korean pay field often drops the unit: "3000~4000" or "3,500" in a
// listing placed in Korea is 30 to 40 million won a year, as "3,000~4,000
// 만원" would say. Won themselves cannot be meant at that size (3,000 won
// is no pay for any period), so bareManwon reads a field of nothing but
// such amounts, from 1,500 to 9,999, in a Korean listing as a year's pay
// in 만원. Smaller bare numbers ("250~300", a month in 만원 or nothing) and
// five-digit ones ("10000~12000", an hourly wage in won as easily) stay
// unread, and so does the same field anywhere else.

// reBareManwon is the whole field: one amount or a range ("~", "～",
// "-", "–"), each of four digits with an optional thousands comma, and an
// optional "이상" (or more) after a single amount.
var reBareManwon = regexp.MustCompile(`^\s*(\d,?\d{3})\s*(?:(?:~|～|-|–)\s*(\d,?\d{3})|(이상))?\s*$`)

// bareManwon reads a Korean listing's bare pay field of 만원 as a year's
// pay; the currency is left for the caller to fill from the place (won).
func bareManwon(field, text string, l *model.Listing) *model.Pay {
	if len(text) > 24 {
		return nil // "3,000~4,000" with room for spaces and 이상; longer fields say more
	}
	m := reBareManwon.FindStringSubmatchIndex(text)
	if m == nil || listingCurrency(l) != "KRW" {
		return nil
	}
	num := func(i int) float64 {
		v, _ := strconv.Atoi(strings.ReplaceAll(group(text, m, i), ",", ""))
		return float64(v)
	}
	lo, hi := num(1), num(1)
	if group(text, m, 2) != "" {
		hi = num(2)
	}
	if lo > hi {
		lo, hi = hi, lo
	}
	if lo < 1500 || hi > 9999 {
		return nil
	}
	end := trimEnd(text, m[2], m[1])
	return &model.Pay{Min: lo * 1e4, Max: hi * 1e4, Unit: model.UnitYear, Source: model.FromText,
		Evidence: &model.Span{Field: field, Start: m[2], End: end, Text: text[m[2]:end]}}
}
