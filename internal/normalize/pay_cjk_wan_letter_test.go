package normalize

import (
	"testing"

	"github.com/gigscout/gigscout/internal/model"
)

// cjkWanLetterCases pin cjkAmt's "w" (pay_cjk.go): Chinese posts write
// 万 (ten thousand) as "w" after a figure, "年薪25-40w". Read in text after
// a Chinese pay label, as 万 is. Traps: a "w" glued to a word ("4weeks"),
// and a "w" figure with no pay label (a duration, "实习4w").
var cjkWanLetterCases = []truthCase{
	{name: "yearly range in w", p: model.Posting{Title: "数据工程师", DescriptionText: "年薪25-40w，五险一金，双休。"}, pay: "250000 400000 CNY year"},
	{name: "capital W after a month label", p: model.Posting{Title: "数据工程师", DescriptionText: "月薪1.2W-1.6W，弹性工作。"}, pay: "12000 16000 CNY month"},

	{name: "trap: w glued to a word", p: model.Posting{Title: "数据工程师", DescriptionText: "实习为期4weeks，地点上海。"}, pay: "-"},
	{name: "trap: no pay label", p: model.Posting{Title: "数据工程师", DescriptionText: "实习4w，每周五天。"}, pay: "-"},
}

func TestCJKWanLetterCases(t *testing.T) {
	for _, tc := range cjkWanLetterCases {
		t.Run(tc.name, func(t *testing.T) { checkFieldCase(t, tc, fieldCaseOpts) })
	}
}
