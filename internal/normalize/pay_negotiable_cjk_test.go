package normalize

import (
	"testing"
	"time"

	"github.com/gigscout/gigscout/internal/model"
)

// negotiableCJKCases pin pay_negotiable_cjk.go: the legal floor a
// negotiable Taiwanese listing must print is no pay, in the pay field and
// in the description; a pay field that says negotiable and then gives a
// labelled amount is read from the label; a labelled amount followed by
// "or more" is one figure. Traps: the regular-pay words without any
// negotiable word still give the amount, a bare negotiable field gives
// nothing, and a labelled range is read as before.
var negotiableCJKCases = []truthCase{
	{name: "floor notice in the pay field, ten-thousands", p: model.Posting{Title: "軟體工程師", Locations: []string{"Taichung, Taiwan"}, PayText: "待遇面議（經常性薪資達4萬元或以上）"}, pay: "-"},
	{name: "floor notice in the pay field, digits and a space", p: model.Posting{Title: "軟體工程師", Locations: []string{"Taichung, Taiwan"}, PayText: "面議 (經常性薪資達 40,000 元或以上)"}, pay: "-"},
	{name: "floor notice in a description line", p: model.Posting{Title: "資料分析師", Locations: []string{"Hsinchu, Taiwan"}, DescriptionText: "職務說明：資料整理\n薪資待遇：面議（經常性薪資達4萬元或以上）"}, pay: "-"},
	{name: "negotiable then a yearly label", p: model.Posting{Title: "資深工程師", Locations: []string{"Taichung, Taiwan"}, PayText: "面議，年薪 95萬以上"}, pay: "950000 950000 TWD year"},
	{name: "negotiable then a monthly label", p: model.Posting{Title: "專案經理", Locations: []string{"Taichung, Taiwan"}, PayText: "面議，月薪 62,000以上"}, pay: "62000 62000 TWD month"},
	{name: "yearly label with or more", p: model.Posting{Title: "架構師", Locations: []string{"Taichung, Taiwan"}, PayText: "年薪 130萬以上"}, pay: "1.3e+06 1.3e+06 TWD year"},
	{name: "trap: regular-pay words with no negotiable word", p: model.Posting{Title: "工程師", Locations: []string{"Taichung, Taiwan"}, DescriptionText: "經常性薪資 52,000元"}, pay: "52000 52000 TWD month"},
	{name: "trap: a bare negotiable field", p: model.Posting{Title: "工程師", Locations: []string{"Taichung, Taiwan"}, PayText: "面議"}, pay: "-"},
	{name: "trap: negotiable then words, no label", p: model.Posting{Title: "工程師", Locations: []string{"Taichung, Taiwan"}, PayText: "面議，依能力核定"}, pay: "-"},
	{name: "trap: a labelled monthly range", p: model.Posting{Title: "工程師", Locations: []string{"Taichung, Taiwan"}, PayText: "月薪 48,000~58,000元"}, pay: "48000 58000 TWD month"},
}

func TestNegotiableCJKCases(t *testing.T) {
	opts := Options{Now: time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)}
	for _, tc := range negotiableCJKCases {
		t.Run(tc.name, func(t *testing.T) { checkFieldCaseNot(t, tc, opts) })
	}
}
