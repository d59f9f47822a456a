package normalize

import (
	"strings"

	"github.com/gigscout/gigscout/internal/model"
)

// cueUnit reads the nearest period word in the sixty bytes before an
// amount, which may sit in an earlier line, sentence or clause: "tools users rely
// on daily.\n\nCOMPENSATION: $180,000 - $440,000 USD", or a heading "US
// Hourly Range" over "$68,000 — $90,000 USD". A salary-sized amount is no
// day's or hour's pay; judge then refused it. A period word of another
// line or sentence that makes the amount implausible yields to the size
// of the amount when that size is a year's. A period word in the amount's
// own line or sentence still rules ("Hourly Range: $68,000" is refused).

// cueUnitOtherLine (called in judge right after cueUnit set c's unit)
// gives c the year of its size when cueUnit's period makes it implausible
// and that period was said in another line or sentence than the amount.
func cueUnitOtherLine(before string, c *payCandidate) {
	if !cuePeriodTooShort(*c) {
		return
	}
	cut := strings.LastIndexByte(before, '\n') + 1
	for _, end := range []string{". ", "; "} { // "a $500 monthly stipend; salary $150,000": another clause
		if i := strings.LastIndex(before, end); i >= 0 && i+2 > cut {
			cut = i + 2
		}
	}
	if cut == 0 {
		return
	}
	if _, ok := cueUnit(before[cut:]); ok {
		return
	}
	if u := sizeUnit(c.money); u == model.UnitYear {
		c.unit, c.score = u, 1
	}
}

// cuePeriodTooShort reports a strong-currency amount too large for its
// hour, day, week or month.
func cuePeriodTooShort(c payCandidate) bool {
	return implausiblePeriod(c) || strongCurrencies[c.currency] && c.unit == model.UnitHour && c.max >= 1000
}
