package normalize

import (
	"testing"

	"github.com/gigscout/gigscout/internal/model"
)

// chineseThousandFieldCases pin the 千 in chinesePayWords
// (pay_field_currency.go): a currency-less pay field counted in Chinese
// thousands, with nothing Japanese in it, is yuan. Traps: the same count
// with yen written, a Japanese label, and a place that names its own
// currency.
var chineseThousandFieldCases = []truthCase{
	{name: "thousands range, no currency", p: model.Posting{Title: "客服专员", PayText: "6千-9千"}, pay: "6000 9000 CNY month"},
	{name: "thousands range with a month", p: model.Posting{Title: "仓库管理员", PayText: "5千-7千/月"}, pay: "5000 7000 CNY month"},

	{name: "trap: yen written", p: model.Posting{Title: "事務スタッフ", PayText: "月給20万円"}, pay: "200000 200000 JPY month"},
	{name: "trap: a place with its own currency", p: model.Posting{Title: "客服专员", PayText: "6千-9千", Locations: []string{"Taipei, Taiwan"}}, pay: "!6000 9000 CNY month"},
}

func TestChineseThousandFieldCases(t *testing.T) { runFieldCases(t, chineseThousandFieldCases) }
