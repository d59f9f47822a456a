package normalize

import (
	"testing"
	"time"

	"github.com/gigscout/gigscout/internal/model"
)

// dinarMonthsYenPlaceCases pin three small readings: the Serbian dinar
// code (RSD) is a currency, read by the month like its neighbours'; a
// Chinese pay field may give its count of yearly pays after a space
// ("18-26K 13薪") as well as after a middle dot; and a yen-yuan sign with
// no pay label in a listing placed in mainland China is the yuan. Traps:
// the sign in Tokyo and with no place stays the yen, a Japanese label in
// China keeps the yen, a comma before the count still holds the field back,
// and a word that merely begins with the dinar's letters is no currency.
var dinarMonthsYenPlaceCases = []truthCase{
	{name: "dinar code after a net range", p: model.Posting{Title: "Backend Developer", PayText: "neto 180.000,00 - 260.000,00 RSD"}, pay: "180000 260000 RSD month"},
	{name: "dinar code before one figure", p: model.Posting{Title: "QA Engineer", PayText: "RSD 210,000"}, pay: "210000 210000 RSD month"},
	{name: "count of pays after a space", p: model.Posting{Title: "前端工程师", PayText: "18-26K 13薪"}, pay: "18000 26000 CNY month"},
	{name: "count of pays after a space in Shenzhen", p: model.Posting{Title: "算法工程师", Locations: []string{"Shenzhen, China"}, PayText: "30-45K 16薪"}, pay: "30000 45000 CNY month"},
	{name: "yen-yuan sign with a slash month in Guangzhou", p: model.Posting{Title: "运营经理", Locations: []string{"Guangzhou, China"}, PayText: "¥9500-14000/月"}, pay: "9500 14000 CNY month"},
	{name: "trap: the same sign in Osaka stays the yen", p: model.Posting{Title: "Engineer", Locations: []string{"Osaka, Japan"}, PayText: "¥9500-14000/月"}, pay: "!9500 14000 CNY month"},
	{name: "trap: the sign with no place stays the yen", p: model.Posting{Title: "Engineer", PayText: "¥280,000/月"}, pay: "280000 280000 JPY month"},
	{name: "trap: a Japanese label in Beijing keeps the yen", p: model.Posting{Title: "Engineer", Locations: []string{"Beijing, China"}, PayText: "月給 ¥320,000"}, pay: "320000 320000 JPY month"},
	{name: "trap: a comma before the count still holds back", p: model.Posting{Title: "后端工程师", PayText: "21-29K，15薪"}, pay: "!21000 29000 CNY month"},
	{name: "trap: a word starting with the code letters", p: model.Posting{Title: "Analyst", DescriptionText: "Our RSDX team grew 120,000 users."}, pay: "-"},
}

func TestDinarMonthsYenPlaceCases(t *testing.T) {
	opts := Options{Now: time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)}
	for _, tc := range dinarMonthsYenPlaceCases {
		t.Run(tc.name, func(t *testing.T) { checkFieldCaseNot(t, tc, opts) })
	}
}
