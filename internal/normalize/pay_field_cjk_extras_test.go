package normalize

import (
	"testing"
	"time"

	"github.com/gigscout/gigscout/internal/model"
)

// fieldCJKExtrasCases pin pay_field_cjk_extras.go: a Chinese pay field
// that ends with a clause on extras (bonus, insurance, meals) after a
// full-width comma is read as the pay before it. Traps: a field with no
// Chinese mark on the pay, a field whose clause holds a figure, a
// negotiable field, a field with only the clause.
var fieldCJKExtrasCases = []truthCase{
	{name: "month count then a bonus clause", p: model.Posting{Title: "后端工程师", PayText: "22-32K·14薪，年终奖另计"}, pay: "22000 32000 CNY month"},
	{name: "ten-thousands a month then insurance", p: model.Posting{Title: "测试工程师", PayText: "1.2-1.8万/月；五险一金"}, pay: "12000 18000 CNY month"},
	{name: "yuan a month then meals", p: model.Posting{Title: "运营专员", PayText: "9000-12000元/月，包午餐"}, pay: "9000 12000 CNY month"},
	{name: "trap: K range with no Chinese mark stays unread", p: model.Posting{Title: "Data Engineer", PayText: "14-19K，双休"}, pay: "!14000 19000 CNY month"},
	{name: "trap: clause with a figure is kept", p: model.Posting{Title: "后端工程师", PayText: "22-32K，13薪"}, pay: "!22000 32000 CNY month"},
	{name: "trap: negotiable with a clause", p: model.Posting{Title: "后端工程师", PayText: "面议，另有股票"}, pay: "-"},
	{name: "trap: only the clause", p: model.Posting{Title: "后端工程师", PayText: "五险一金，带薪年假"}, pay: "-"},
}

func TestFieldCJKExtrasCases(t *testing.T) {
	opts := Options{Now: time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)}
	for _, tc := range fieldCJKExtrasCases {
		t.Run(tc.name, func(t *testing.T) { checkFieldCaseNot(t, tc, opts) })
	}
}

func TestCJKExtrasCut(t *testing.T) {
	for in, want := range map[string]string{
		"22-32K·14薪，年终奖另计": "22-32K·14薪",
		"14-19K，双休":        "14-19K，双休",
		"22-32K，13薪":       "22-32K，13薪",
		"，只有逗号":            "，只有逗号",
		"8000元/月":          "8000元/月",
	} {
		if got := cjkExtrasCut(in); got != want {
			t.Errorf("cjkExtrasCut(%q) = %q, want %q", in, got, want)
		}
	}
}
