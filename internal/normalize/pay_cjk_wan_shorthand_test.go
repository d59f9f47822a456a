package normalize

import (
	"testing"

	"github.com/gigscout/gigscout/internal/model"
)

// wanShorthandCases pin pay_cjk_wan_shorthand.go: a lone digit right after
// 万 counts thousands ("24万6" is 246,000). Traps: several digits after 万
// are read as written, as is 千 after the digit, and a number after a space
// is no part of the amount.
var wanShorthandCases = []truthCase{
	{name: "month pay with a thousands digit", p: model.Posting{Title: "Nurse", PayText: "月給24万6"}, pay: "246000 246000 JPY month"},
	{name: "day pay with a thousands digit", p: model.Posting{Title: "Warehouse staff", PayText: "日給1万2"}, pay: "12000 12000 JPY day"},
	{name: "range with a shortened low end", p: model.Posting{Title: "Clerk", PayText: "月給22万5～27万"}, pay: "225000 270000 JPY month"},
	{name: "shortened month pay with a bracketed note", p: model.Posting{Title: "Driver", PayText: "月給31万7（交通費別途）"}, pay: "317000 317000 JPY month"},
	{name: "year pay with a thousands digit", p: model.Posting{Title: "Engineer", PayText: "年収450万5"}, pay: "4.505e+06 4.505e+06 JPY year"},

	{name: "trap: four digits after 万 as written", p: model.Posting{Title: "Nurse", PayText: "月給26万4000円"}, pay: "264000 264000 JPY month"},
	{name: "trap: three digits after 万 as written", p: model.Posting{Title: "Nurse", PayText: "月給31万200円"}, pay: "310200 310200 JPY month"},
	{name: "trap: thousands written out with 千", p: model.Posting{Title: "Nurse", PayText: "月給24万6千円"}, pay: "246000 246000 JPY month"},
	{name: "trap: a digit after a space is not the amount's", p: model.Posting{Title: "Nurse", PayText: "月給26万 週5日勤務"}, pay: "260000 260000 JPY month"},
	{name: "trap: a day count right after a space", p: model.Posting{Title: "Nurse", PayText: "月給20万 5日勤務"}, pay: "200000 200000 JPY month"},
}

func TestWanShorthandCases(t *testing.T) { runFieldCases(t, wanShorthandCases) }
