package normalize

import (
	"testing"

	"github.com/gigscout/gigscout/internal/model"
)

// chineseLabelAfterCases pin pay_chinese_label_after.go (a Chinese pay
// label after the figures, joined by 的), salaryCountGluedCut in
// pay_field_cjk_extras.go ("3-5万13薪") and barePay's "以上" under fifteen
// thousand. Traps: a label after figures that count people, a count unit
// with no label after it, a glued count after a plain number, "以上" after
// a figure too small for a month's pay.
var chineseLabelAfterCases = []truthCase{
	{name: "k range before de and a generic label", p: model.Posting{Title: "后端开发", DescriptionText: "岗位职责：负责支付系统开发。我们提供18-26K的薪资和完善的培训。"}, pay: "18000 26000 CNY month"},
	{name: "yuan figure before de and monthly label", p: model.Posting{Title: "客服专员", DescriptionText: "入职即享7500元的月薪，另有绩效奖金。"}, pay: "7500 7500 CNY month"},
	{name: "wan figures before de and yearly label", p: model.Posting{Title: "算法专家", DescriptionText: "可提供50-80万的年薪。"}, pay: "500000 800000 CNY year"},
	{name: "plain figures before de and monthly label", p: model.Posting{Title: "行政助理", DescriptionText: "试用期后提供6000-8000的月薪。"}, pay: "6000 8000 CNY month"},
	{name: "salary count glued to wan", p: model.Posting{Title: "Java开发", PayText: "2-4万14薪"}, pay: "20000 40000 CNY month"},
	{name: "salary count glued to K", p: model.Posting{Title: "测试开发", PayText: "20-30K13薪"}, pay: "20000 30000 CNY month"},
	{name: "or more under fifteen thousand", p: model.Posting{Title: "运营专员", PayText: "11000以上"}, pay: "11000 11000 CNY month"},
	{name: "trap: label after people counted", p: model.Posting{Title: "运营专员", DescriptionText: "团队有200人的规模，薪资面议。"}, pay: "-"},
	{name: "trap: k figures with no label after", p: model.Posting{Title: "运营专员", DescriptionText: "用户规模达到15-25K的日活。"}, pay: "-"},
	{name: "trap: glued count after a plain number", p: model.Posting{Title: "运营专员", PayText: "800013薪"}, pay: "-"},
	{name: "trap: or more after a small figure", p: model.Posting{Title: "运营专员", PayText: "500以上"}, pay: "-"},
}

func TestChineseLabelAfterCases(t *testing.T) {
	runFieldCases(t, chineseLabelAfterCases)
}
