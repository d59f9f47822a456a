package normalize

import (
	"strings"
	"testing"

	"github.com/gigscout/gigscout/internal/model"
)

// chineseLabelQualifierCases pin pay_chinese_label_qualifiers.go: a pay
// label with a range or offer word before the amount. Traps: pay to be
// agreed, a price range, a bonus after the amount, another currency
// written after it.
var chineseLabelQualifierCases = []truthCase{
	{name: "salary range label per month", p: model.Posting{Title: "后端工程师", DescriptionText: "薪酬范围：18k-26k/月，五险一金"}, pay: "18000 26000 CNY month"},
	{name: "wage offer label with yuan", p: model.Posting{Title: "后端工程师", DescriptionText: "工资待遇：9000-13000元/月"}, pay: "9000 13000 CNY month"},
	{name: "salary interval label", p: model.Posting{Title: "后端工程师", DescriptionText: "薪资区间：25k-35k / 月"}, pay: "25000 35000 CNY month"},
	{name: "range label with a year-end bonus", p: model.Posting{Title: "后端工程师", DescriptionText: "薪资范围：16k-22k / 月，另有年终奖"}, pay: "16000 22000 CNY month"},

	{name: "trap: pay to be agreed", p: model.Posting{Title: "后端工程师", DescriptionText: "薪资范围：面议"}, pay: "-"},
	{name: "trap: a price range", p: model.Posting{Title: "后端工程师", DescriptionText: "价格范围：3k-5k/月的云服务器"}, pay: "-"},
	{name: "trap: paid in a dollar token", p: model.Posting{Title: "后端工程师", DescriptionText: "薪资范围：12-18k 折算USDT 每月结算"}, pay: "!12000 18000 CNY month"},
}

func TestChineseLabelQualifierCases(t *testing.T) {
	runFieldCases(t, chineseLabelQualifierCases)
}

// FuzzTrimLabelQualifier reads any text: no panic, a prefix of the input,
// and a label left bare only after a pay word.
func FuzzTrimLabelQualifier(f *testing.F) {
	for _, tc := range chineseLabelQualifierCases {
		f.Add(tc.p.DescriptionText)
	}
	f.Add("薪资范围")
	f.Fuzz(func(t *testing.T, s string) {
		got := trimLabelQualifier(s)
		if !strings.HasPrefix(s, got) {
			t.Errorf("trimLabelQualifier(%q) = %q", s, got)
		}
		if rest := dropLabelQualifier(s); !strings.HasSuffix(s, rest) {
			t.Errorf("dropLabelQualifier(%q) = %q", s, rest)
		}
	})
}
