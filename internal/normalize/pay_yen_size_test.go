package normalize

import (
	"testing"

	"github.com/gigscout/gigscout/internal/model"
)

// yenSizeCases pin the period read from the size of a yen or lei amount
// written with no period (pay_yen_size.go), the CJK range dashes besides
// the tilde, the Spanish "b/a" after an amount (pay_gross_slash.go) and a
// zero second end (pay_range_ends.go). Traps: a label's period beats the
// size, yen between the bands keep the old reading, a "b" with no slash
// is still a billion, "bn" stays.
var yenSizeCases = []truthCase{
	{name: "bare yen of a month", p: model.Posting{Title: "倉庫作業", PayText: "245000円"}, pay: "245000 245000 JPY month"},
	{name: "bare yen of a year", p: model.Posting{Title: "倉庫作業", PayText: "3,200,000円"}, pay: "3.2e+06 3.2e+06 JPY year"},
	{name: "bare yen of an hour", p: model.Posting{Title: "倉庫作業", PayText: "1,150円"}, pay: "1150 1150 JPY hour"},
	{name: "starting pay label with yen", p: model.Posting{Title: "営業", PayText: "初任給 208000円"}, pay: "208000 208000 JPY month"},
	{name: "bare yen range of a month", p: model.Posting{Title: "倉庫作業", PayText: "220,000円～280,000円"}, pay: "220000 280000 JPY month"},
	{name: "lei of a month", p: model.Posting{Title: "Operator", PayText: "5500 RON"}, pay: "5500 5500 RON month"},
	{name: "lei of a year", p: model.Posting{Title: "Inginer", PayText: "96000 RON"}, pay: "96000 96000 RON year"},
	{name: "full-width hyphen between man-yen", p: model.Posting{Title: "倉庫作業", PayText: "月給22万円－27万円"}, pay: "220000 270000 JPY month"},
	{name: "horizontal bar between man-yen", p: model.Posting{Title: "倉庫作業", PayText: "月給23万円―29万円"}, pay: "230000 290000 JPY month"},
	{name: "long mark between man-yen", p: model.Posting{Title: "倉庫作業", PayText: "月給19万円ー24万円"}, pay: "190000 240000 JPY month"},
	{name: "spanish gross a year after a range", p: model.Posting{Title: "Analista", PayText: "€31.000 - €37.000 b/a"}, pay: "31000 37000 EUR year"},
	{name: "spanish gross a year after one amount", p: model.Posting{Title: "Analista", PayText: "29.500€ b/a"}, pay: "29500 29500 EUR year"},
	{name: "yen-yuan sign with a count of monthly salaries", p: model.Posting{Title: "后端工程师", PayText: "¥20-30k·13薪"}, pay: "20000 30000 CNY month"},
	{name: "yen-yuan sign with salaries counted in text", p: model.Posting{Title: "Backend Engineer", DescriptionText: "待遇 ¥18-25K · 14薪，五险一金"}, pay: "18000 25000 CNY month"},
	{name: "zero second end", p: model.Posting{Title: "Analyst", PayText: "€72,000 - €0 per annum"}, pay: "72000 72000 EUR year"},

	{name: "trap: a label's period beats the size", p: model.Posting{Title: "倉庫作業", PayText: "日給12,500円"}, pay: "12500 12500 JPY day"},
	{name: "trap: hourly label over a month-sized figure", p: model.Posting{Title: "医師", PayText: "時給10000円"}, pay: "10000 10000 JPY hour"},
	{name: "trap: yen between the bands", p: model.Posting{Title: "倉庫作業", PayText: "30000円"}, pay: "30000 30000 JPY year"},
	{name: "trap: lei with a period", p: model.Posting{Title: "Inginer", PayText: "96000 RON pe lună"}, pay: "96000 96000 RON month"},
	{name: "trap: a billion with no slash", p: model.Posting{Title: "Analyst", DescriptionText: "The fund manages €2 b in assets."}, pay: "-"},
	{name: "trap: a yen month with no salary count", p: model.Posting{Title: "倉庫作業", PayText: "月給 ¥250,000 · 13名募集"}, pay: "250000 250000 JPY month"},
	{name: "trap: a dash between a count and yen", p: model.Posting{Title: "倉庫作業", PayText: "1000ー2000名規模 月給21万円"}, pay: "210000 210000 JPY month"},
}

func TestYenSizeCases(t *testing.T) {
	runFieldCases(t, yenSizeCases)
}
