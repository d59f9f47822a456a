package normalize

import (
	"regexp"
	"strings"

	"github.com/gigscout/gigscout/internal/model"
)

// One pay may be stated in several moneys side by side, the period said
// once after the last: "3,850 USD / 2,310 GBP / 4,300 CAD per week". The
// reader takes the last amount, which carries the period. The pay of the
// listing is the amount in its own place's money when one of them is; else
// the first, as written.

// moneyAltChain is one or more "amount CODE /" right before the pay's
// evidence: "3,850 USD / 2,310 GBP / ".
var moneyAltChain = regexp.MustCompile(`((?:\d[\d,.]*\s?[A-Z]{3}\s*/\s*){1,4})$`)

// moneyAltOne is one "amount CODE" of such a chain.
var moneyAltOne = regexp.MustCompile(`(\d[\d,.]*)\s?([A-Z]{3})`)

// moneyAlternativesPay (called in Normalize after countryLabelledPay)
// chooses among such alternatives by the rule above; pay as read otherwise.
func moneyAlternativesPay(pay *model.Pay, l *model.Listing) *model.Pay {
	if pay == nil || pay.Evidence == nil || pay.Min != pay.Max || pay.Currency == "" {
		return pay
	}
	f := evidenceField(l, pay.Evidence.Field)
	s := pay.Evidence.Start
	if s <= 0 || s > len(f) || !strings.HasSuffix(strings.TrimRight(f[max(0, s-4):s], " "), "/") {
		return pay
	}
	m := moneyAltChain.FindStringSubmatch(f[max(0, s-80):s])
	if m == nil {
		return pay
	}
	type alt struct {
		amount float64
		cur    string
	}
	var alts []alt
	for _, a := range moneyAltOne.FindAllStringSubmatch(m[1], -1) {
		if !currencyCodes[a[2]] {
			return pay
		}
		v, _ := parseAmount(a[1], "")
		if v <= 0 {
			return pay
		}
		alts = append(alts, alt{v, a[2]})
	}
	if len(alts) == 0 {
		return pay
	}
	alts = append(alts, alt{pay.Max, pay.Currency})
	pick := alts[0]
	if own := listingCurrency(l); own != "" {
		for _, a := range alts {
			if a.cur == own {
				pick = a
				break
			}
		}
	}
	if pick.cur == pay.Currency && pick.amount == pay.Max {
		return pay
	}
	q := *pay
	q.Min, q.Max, q.Currency = pick.amount, pick.amount, pick.cur
	return &q
}
