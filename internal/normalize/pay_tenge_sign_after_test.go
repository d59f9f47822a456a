package normalize

import (
	"testing"
	"time"

	"github.com/gigscout/gigscout/internal/model"
)

// tengeSignAfterCases pin the tenge sign written after the amount
// (pay_cjk.go cyrillicMoney); traps: the sign in running text with no pay
// word, and the sign before the amount, which was read already.
var tengeSignAfterCases = []truthCase{
	{name: "sign after a grouped amount", p: model.Posting{Title: "Бухгалтер", Locations: []string{"Астана"}, PayText: "410 000 ₸"}, pay: "410000 410000 KZT month"},
	{name: "sign after a range", p: model.Posting{Title: "Бухгалтер", Locations: []string{"Шымкент"}, PayText: "320 000 - 380 000 ₸"}, pay: "320000 380000 KZT month"},
	{name: "sign after an amount with a month", p: model.Posting{Title: "Бухгалтер", Locations: []string{"Астана"}, PayText: "275000 ₸ в месяц"}, pay: "275000 275000 KZT month"},
	{name: "sign after in text after a pay word", p: model.Posting{Title: "Бухгалтер", Locations: []string{"Караганда"}, DescriptionText: "Оклад 360 000 ₸, полный соцпакет."}, pay: "360000 360000 KZT month"},
	{name: "sign before still read", p: model.Posting{Title: "Бухгалтер", Locations: []string{"Астана"}, PayText: "₸290000"}, pay: "290000 290000 KZT month"},

	{name: "trap: sign in text with no pay word", p: model.Posting{Title: "Бухгалтер", Locations: []string{"Астана"}, DescriptionText: "Оборот компании 900 000 000 ₸ за прошлый год."}, pay: "-"},
}

func TestTengeSignAfterCases(t *testing.T) {
	opts := Options{Now: time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)}
	for _, tc := range tengeSignAfterCases {
		t.Run(tc.name, func(t *testing.T) { checkFieldCaseNot(t, tc, opts) })
	}
}
