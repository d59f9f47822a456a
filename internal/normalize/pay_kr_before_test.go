package normalize

import (
	"testing"

	"github.com/gigscout/gigscout/internal/model"
)

// krYenSignCases pin "kr" written before the amount and the short Danish
// and Norwegian months (pay_kr_before.go), the full-width yen-yuan sign and
// a yen-yuan sign under a Chinese pay label (pay_full_width_yen.go). Traps:
// "kr" with no krone word stays unread, a price in kroner, "kr" inside a
// word, a Japanese label keeps the yen.
var krYenSignCases = []truthCase{
	{name: "swedish kr before a month's pay", p: model.Posting{Title: "Lagerarbetare", PayText: "kr 31 500/mån"}, pay: "31500 31500 SEK month"},
	{name: "danish kr. before with pr. md.", p: model.Posting{Title: "Lagermedarbejder", PayText: "kr. 29.000 pr. md."}, pay: "29000 29000 DKK month"},
	{name: "danish short month after kr", p: model.Posting{Title: "Lagermedarbejder", PayText: "27 500 kr/md"}, pay: "27500 27500 DKK month"},
	{name: "norwegian short month after kr", p: model.Posting{Title: "Lagermedarbeider", PayText: "41 000 kr/mnd"}, pay: "41000 41000 NOK month"},
	{name: "norwegian kr before a year's range", p: model.Posting{Title: "Rådgiver", DescriptionText: "Lønn: kr 580 000 – 690 000 per år"}, pay: "580000 690000 NOK year"},
	{name: "full-width yen sign on a month's pay", p: model.Posting{Title: "倉庫作業", PayText: "￥265,000"}, pay: "265000 265000 JPY month"},
	{name: "full-width sign under a japanese label", p: model.Posting{Title: "倉庫作業", PayText: "月給 ￥240,000"}, pay: "240000 240000 JPY month"},
	{name: "yen-yuan sign under a chinese month label", p: model.Posting{Title: "运营专员", PayText: "月薪 ¥12000"}, pay: "12000 12000 CNY month"},
	{name: "full-width sign under a chinese pay label", p: model.Posting{Title: "运营专员", PayText: "薪资：￥9000-13000/月"}, pay: "9000 13000 CNY month"},

	{name: "trap: kr before an amount with no krone word", p: model.Posting{Title: "Engineer", PayText: "kr 42 000"}, pay: "-"},
	{name: "trap: a price in kroner", p: model.Posting{Title: "Engineer", DescriptionText: "Pris kr 299 for abonnementet."}, pay: "-"},
	{name: "trap: kr inside a word", p: model.Posting{Title: "Engineer", DescriptionText: "Vi bruker Tkr 500 per år til kurs."}, pay: "-"},
	{name: "trap: japanese label keeps the yen", p: model.Posting{Title: "倉庫作業", PayText: "年収 ¥4,200,000"}, pay: "4.2e+06 4.2e+06 JPY year"},
}

func TestKrYenSignCases(t *testing.T) {
	runFieldCases(t, krYenSignCases)
}
