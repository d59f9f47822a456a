package normalize

import (
	"testing"

	"github.com/gigscout/gigscout/internal/model"
)

// renminbiWordCases pin pay_renminbi_word.go: a pay field opening with the
// yuan's Chinese name before K, W or 万 figures, and 每 between a figure and
// a period. Traps: the name after no figure at all, 每 before a settlement
// day in running text, 每 after a word, a W figure with no currency name
// and no label, a K range with no currency name or label and 每 after it.
var renminbiWordCases = []truthCase{
	{name: "yuan name before a K range a month", p: model.Posting{Title: "后端工程师", PayText: "人民币15-22K/月"}, pay: "15000 22000 CNY month"},
	{name: "yuan name before a K range and per month", p: model.Posting{Title: "后端工程师", PayText: "人民币9-13K每月"}, pay: "9000 13000 CNY month"},
	{name: "traditional yuan name, K ends", p: model.Posting{Title: "後端工程師", PayText: "人民幣 20K-26K/月"}, pay: "20000 26000 CNY month"},
	{name: "yuan name before a W range a year", p: model.Posting{Title: "算法工程师", PayText: "人民币36-50W/年"}, pay: "360000 500000 CNY year"},
	{name: "yuan name, W range and a note after", p: model.Posting{Title: "算法工程师", PayText: "人民币28—40W/年（W即万元）"}, pay: "280000 400000 CNY year"},
	{name: "yuan name before 万 per month", p: model.Posting{Title: "运营专员", PayText: "人民币1.2万每月"}, pay: "12000 12000 CNY month"},
	{name: "label then K range per month", p: model.Posting{Title: "测试工程师", PayText: "薪资：11-16K每月"}, pay: "11000 16000 CNY month"},

	{name: "trap: yuan name and no figure", p: model.Posting{Title: "后端工程师", PayText: "人民币 面议"}, pay: "-"},
	{name: "trap: settlement day in text", p: model.Posting{Title: "后端工程师", DescriptionText: "薪资范围：15-20k 折算USDT 每月15号结算"}, pay: "-"},
	{name: "trap: per after a word", p: model.Posting{Title: "后端工程师", PayText: "人民币 待遇优厚每月双休"}, pay: "-"},
	{name: "trap: W range with no name or label", p: model.Posting{Title: "算法工程师", PayText: "36-50W/年"}, pay: "-"},
}

func TestRenminbiWordCases(t *testing.T) { runFieldCases(t, renminbiWordCases) }
