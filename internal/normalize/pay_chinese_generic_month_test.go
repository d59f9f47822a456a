package normalize

import (
	"testing"

	"github.com/gigscout/gigscout/internal/model"
)

// chineseGenericMonthCases pin pay_chinese_generic_month.go: a generic
// Chinese pay label before month-sized figures is a month's pay, and a
// Chinese floor word around a bare figure reads it as the least pay. Traps:
// a yearly label, figures too large for a month, a written period, an
// English label, a floor word with no figure.
var chineseGenericMonthCases = []truthCase{
	{name: "pay label and k figures", p: model.Posting{Title: "后端工程师", PayText: "薪资：16k-23k"}, pay: "16000 23000 CNY month"},
	{name: "remuneration label and capital K", p: model.Posting{Title: "数据工程师", PayText: "薪酬：22K-34K"}, pay: "22000 34000 CNY month"},
	{name: "base pay label, one figure", p: model.Posting{Title: "销售代表", PayText: "底薪 18000"}, pay: "18000 18000 CNY month"},
	{name: "not less than, k figure", p: model.Posting{Title: "产品经理", PayText: "不低于17K"}, pay: "17000 17000 CNY month"},
	{name: "from, k figure", p: model.Posting{Title: "前端工程师", PayText: "19K起"}, pay: "19000 19000 CNY month"},
	{name: "pay label, figures under fifteen thousand", p: model.Posting{Title: "测试工程师", PayText: "工资：9k-13k"}, pay: "9000 13000 CNY month"},
	{name: "or more after a bare figure", p: model.Posting{Title: "运营专员", PayText: "16000以上"}, pay: "16000 16000 CNY month"},
	{name: "trap: or more after a yearly figure", p: model.Posting{Title: "架构师", PayText: "年薪30万以上"}, pay: "300000 300000 CNY year"},
	{name: "trap: yearly label stays yearly", p: model.Posting{Title: "架构师", PayText: "年薪 40-60万"}, pay: "400000 600000 CNY year"},
	{name: "trap: pay label with year-sized figures", p: model.Posting{Title: "架构师", PayText: "薪资：35万-55万"}, pay: "350000 550000 CNY year"},
	{name: "trap: pay label with a written year", p: model.Posting{Title: "架构师", PayText: "薪资：180k-260k/年"}, pay: "180000 260000 CNY year"},
	{name: "trap: english label is not chinese", p: model.Posting{Title: "Engineer", PayText: "Salary: 70k-90k"}, pay: "70000 90000 USD year"},
	{name: "trap: floor word with no figure", p: model.Posting{Title: "前端工程师", PayText: "待遇不低于同行"}, pay: "-"},
}

func TestChineseGenericMonthCases(t *testing.T) {
	runFieldCases(t, chineseGenericMonthCases)
}

// hyphenDayRateCases pin the hyphenated "day-rate" cue in pay.go. Traps: a
// fee word keeps a project, and "day" alone names no rate.
var hyphenDayRateCases = []truthCase{
	{name: "hyphenated day-rate before a dollar range", p: model.Posting{Title: "Contract Analyst", DescriptionText: "Contract day-rate: $700 - $900 depending on scope."}, pay: "700 900 USD day"},
	{name: "capitalised Day-rate before one figure", p: model.Posting{Title: "Contract Analyst", DescriptionText: "Day-rate offered: $650."}, pay: "650 650 USD day"},
	{name: "trap: fee word keeps a project", p: model.Posting{Title: "Contract Analyst", DescriptionText: "Project fee: $700 - $900 for the audit."}, pay: "700 900 USD project"},
}

func TestHyphenDayRateCases(t *testing.T) {
	runFieldCases(t, hyphenDayRateCases)
}
