package normalize

import (
	"testing"

	"github.com/gigscout/gigscout/internal/model"
)

// cjkWanLetterCases pin cjkAmt's "w" (pay_cjk.go): Chinese posts write
// 万 (ten thousand) as "w" after a figure, "年薪25-40w". Read in text after
// a Chinese pay label, as 万 is, and in a pay field that a Chinese pay
// label opens or closes (pay_chinese_wan_letter.go). Traps: a "w" glued to
// a word ("4weeks"), a "w" figure with no pay label (a duration, "实习4w"),
// a pay field of "w" figures with no label, a "w" glued to a word in a
// labelled field.
var cjkWanLetterCases = []truthCase{
	{name: "yearly range in w", p: model.Posting{Title: "数据工程师", DescriptionText: "年薪25-40w，五险一金，双休。"}, pay: "250000 400000 CNY year"},
	{name: "capital W after a month label", p: model.Posting{Title: "数据工程师", DescriptionText: "月薪1.2W-1.6W，弹性工作。"}, pay: "12000 16000 CNY month"},
	{name: "yearly w range in a labelled pay field", p: model.Posting{Title: "算法工程师", Locations: []string{"杭州"}, PayText: "年薪45-60w"}, pay: "450000 600000 CNY year"},
	{name: "month w range in a labelled pay field", p: model.Posting{Title: "算法工程师", Locations: []string{"苏州"}, PayText: "月薪 2.2w - 2.8W"}, pay: "22000 28000 CNY month"},
	{name: "one w figure and more in a labelled field", p: model.Posting{Title: "算法工程师", Locations: []string{"厦门"}, PayText: "年薪35w以上"}, pay: "350000 350000 CNY year"},
	{name: "label in brackets after a w range", p: model.Posting{Title: "設計師", Locations: []string{"台中市"}, PayText: "4w~5w (月薪)"}, pay: "40000 50000 TWD month"},

	{name: "trap: w glued to a word", p: model.Posting{Title: "数据工程师", DescriptionText: "实习为期4weeks，地点上海。"}, pay: "-"},
	{name: "trap: w range in a pay field with no label", p: model.Posting{Title: "算法工程师", Locations: []string{"杭州"}, PayText: "45-60w"}, pay: "-"},
	{name: "trap: w word in a labelled pay field", p: model.Posting{Title: "算法工程师", Locations: []string{"杭州"}, PayText: "月薪 面议 4weeks"}, pay: "-"},
	{name: "trap: no pay label", p: model.Posting{Title: "数据工程师", DescriptionText: "实习4w，每周五天。"}, pay: "-"},
}

func TestCJKWanLetterCases(t *testing.T) {
	for _, tc := range cjkWanLetterCases {
		t.Run(tc.name, func(t *testing.T) { checkFieldCase(t, tc, fieldCaseOpts) })
	}
}
