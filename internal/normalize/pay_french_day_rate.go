package normalize

import (
	"strings"

	"github.com/gigscout/gigscout/internal/model"
)

// Whole ads from European boards.
//
// fieldDayRateJ: a pay field written the French way with "j" for "jour"
// after the euro sign ("650 € / j", "400-550€/j", "1,2k €/j") is a day rate. The
// general unit reader leaves a lone "j" alone (German "J." is a year), so
// the amount came out as a price for the whole work. The check runs on the
// short pay field only, never on the description, and only when the read
// amount has no period of its own.
var fieldDayJ = lazyRe(`\d\s*[kK]?\s*€\s*/\s*j(?:our)?\b`)

func fieldDayRateJ(pay *model.Pay, payField string) *model.Pay {
	if pay == nil || pay.Unit != model.UnitProject || pay.Currency != "EUR" || len(payField) > 60 {
		return pay
	}
	if !strings.Contains(payField, "€") || strings.IndexByte(payField, '/') < 0 {
		return pay
	}
	if !fieldDayJ().MatchString(payField) || pay.Min < 50 {
		return pay
	}
	out := *pay
	out.Unit = model.UnitDay
	return &out
}
