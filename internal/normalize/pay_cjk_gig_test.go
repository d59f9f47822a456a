package normalize

import (
	"testing"
	"time"

	"github.com/gigscout/gigscout/internal/model"
)

// Japanese crowdsourcing labels (固定報酬制, a fixed reward; 時間単価制,
// an hourly unit price) and Chinese pay by the piece ("/篇", "/单"),
// with salary labels that keep their period (pay_cjk.go).
var cjkGigCases = []truthCase{
	{name: "a fixed reward", p: model.Posting{Title: "記事作成", PayText: "固定報酬制 15,000円"}, pay: "15000 15000 JPY project"},
	{name: "a fixed reward in man-yen", p: model.Posting{Title: "ロゴ制作", PayText: "固定報酬 3万円"}, pay: "30000 30000 JPY project"},
	{name: "a fixed reward in running text", p: model.Posting{Title: "LP制作", DescriptionText: "報酬形態：固定報酬制 80,000円〜100,000円"}, pay: "80000 100000 JPY project"},
	{name: "an hourly unit price", p: model.Posting{Title: "データ入力", PayText: "時間単価制 1,200円〜1,600円"}, pay: "1200 1600 JPY hour"},
	{name: "yuan by the article", p: model.Posting{Title: "撰稿人", DescriptionText: "稿费 450元/篇"}, pay: "450 450 CNY project"},
	{name: "trap: a monthly salary", p: model.Posting{Title: "エンジニア", PayText: "月給28万円"}, pay: "280000 280000 JPY month"},
	{name: "trap: a fixed salary", p: model.Posting{Title: "事務", PayText: "固定給 21万円"}, pay: "210000 210000 JPY month"},
	{name: "trap: yuan by the day", p: model.Posting{Title: "实习生", DescriptionText: "日薪 180元/天"}, pay: "180 180 CNY day"},
}

func TestCJKGigCases(t *testing.T) {
	opts := Options{Now: time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)}
	for _, tc := range cjkGigCases {
		t.Run(tc.name, func(t *testing.T) { checkTruthCase(t, tc, opts) })
	}
}
