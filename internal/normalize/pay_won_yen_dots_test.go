package normalize

import (
	"testing"
	"time"

	"github.com/gigscout/gigscout/internal/model"
)

// Won and yen amounts with points as thousands marks. In this project's own words,
// with traps.
var koreanWonDotsCases = []truthCase{
	{name: "an hourly wage with a point for thousands", p: model.Posting{Title: "매장 스태프", PayText: "시급 12.500원"}, pay: "12500 12500 KRW hour"},
	{name: "a daily wage with a point for thousands", p: model.Posting{Title: "매장 스태프", PayText: "일급 95.000원"}, pay: "95000 95000 KRW day"},
	{name: "a range with points on both ends", p: model.Posting{Title: "매장 스태프", PayText: "시급 11.000원~13.000원"}, pay: "11000 13000 KRW hour"},
	{name: "trap: commas unchanged", p: model.Posting{Title: "매장 스태프", PayText: "시급 12,500원"}, pay: "12500 12500 KRW hour"},
	{name: "yen with a point for thousands", p: model.Posting{Title: "店舗スタッフ", PayText: "時給 1.350円"}, pay: "1350 1350 JPY hour"},
	{name: "trap: a one-digit fraction of yen unchanged", p: model.Posting{Title: "店舗スタッフ", PayText: "時給 1.5円"}, pay: "1.5 1.5 JPY hour"},
	{name: "trap: a decimal of manwon unchanged", p: model.Posting{Title: "매장 스태프", PayText: "일급 15.5만원"}, pay: "155000 155000 KRW day"},
}

func TestKoreanWonDotsCases(t *testing.T) {
	opts := Options{Now: time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)}
	for _, tc := range koreanWonDotsCases {
		t.Run(tc.name, func(t *testing.T) { checkTruthCase(t, tc, opts) })
	}
}
