package usajobs

import (
	"strconv"
	"strings"

	"github.com/gigscout/gigscout/crawler"
	"github.com/gigscout/gigscout/internal/model"
)

// Remuneration is one pay range. RateIntervalCode: PA per year, PH per
// hour, PD per day, PW per week, BW bi-weekly, PM per month, WC without
// compensation, FB fee basis, ...
type Remuneration struct {
	MinimumRange     crawler.Flex `json:"MinimumRange"`
	MaximumRange     crawler.Flex `json:"MaximumRange"`
	RateIntervalCode string       `json:"RateIntervalCode"`
	Description      string       `json:"Description"`
}

// unpaid is the pay text of a "WC" (without compensation) position: the
// Virtual Student Federal Service posts unpaid remote internships, and the
// UNPAID red flag must see it.
const unpaid = "Without compensation"

var rateUnits = map[string]model.PayUnit{
	"PA": model.UnitYear, "PH": model.UnitHour, "PD": model.UnitDay,
	"PW": model.UnitWeek, "PM": model.UnitMonth,
}

// pay reads the first remuneration: WC is unpaid text; PA/PH/PD/PW/PM
// with an amount are structured US dollars; any other code with an
// amount ("BW" bi-weekly, "FB" fee basis) is text.
func pay(rs []Remuneration) (*model.Pay, string) {
	if len(rs) == 0 {
		return nil, ""
	}
	r := rs[0]
	code := strings.ToUpper(strings.TrimSpace(r.RateIntervalCode))
	if code == "WC" {
		return nil, unpaid
	}
	lo, hi := max(r.MinimumRange.Float(), 0), max(r.MaximumRange.Float(), 0)
	if lo == 0 && hi == 0 {
		return nil, ""
	}
	if lo == 0 || (hi != 0 && lo > hi) {
		lo, hi = hi, lo
	}
	if hi == 0 {
		hi = lo
	}
	if unit, ok := rateUnits[code]; ok {
		return &model.Pay{Min: lo, Max: hi, Currency: "USD", Unit: unit, Source: model.FromStructured}, ""
	}
	text := "$" + money(lo)
	if hi != lo {
		text += " - $" + money(hi)
	}
	if desc := crawler.CleanLine(r.Description); desc != "" {
		text += " " + desc
	} else if code != "" {
		text += " (" + code + ")"
	}
	return nil, text
}

// money formats 2615.2 as "2,615.20" and 3000 as "3,000".
func money(f float64) string {
	s := strconv.FormatFloat(f, 'f', 2, 64)
	s = strings.TrimSuffix(s, ".00")
	whole, frac, _ := strings.Cut(s, ".")
	var b strings.Builder
	for i, c := range whole {
		if i > 0 && (len(whole)-i)%3 == 0 {
			b.WriteByte(',')
		}
		b.WriteRune(c)
	}
	if frac != "" {
		b.WriteString("." + frac)
	}
	return b.String()
}
