package normalize

import (
	"testing"
	"time"

	"github.com/gigscout/gigscout/internal/model"
)

// Korean amounts in thousands of 만 and Korean month labels for base and
// take-home pay. In this project's own words, with traps.
var koreanCheonCases = []truthCase{
	{name: "thousands of manwon", p: model.Posting{Title: "백엔드 개발자", PayText: "연봉 5천만원"}, pay: "5e+07 5e+07 KRW year"},
	{name: "thousands and hundreds of manwon", p: model.Posting{Title: "백엔드 개발자", PayText: "연봉 3천8백만원"}, pay: "3.8e+07 3.8e+07 KRW year"},
	{name: "eok then thousands of manwon", p: model.Posting{Title: "백엔드 개발자", PayText: "연봉 1억 5천만원"}, pay: "1.5e+08 1.5e+08 KRW year"},
	{name: "a range with the unit on the second end", p: model.Posting{Title: "백엔드 개발자", PayText: "연봉 5~6천만원"}, pay: "5e+07 6e+07 KRW year"},
	{name: "base pay is a month's", p: model.Posting{Title: "생산직 사원", PayText: "기본급 250만원"}, pay: "2.5e+06 2.5e+06 KRW month"},
	{name: "take-home pay is a month's", p: model.Posting{Title: "생산직 사원", PayText: "실수령액 230만원 이상"}, pay: "2.3e+06 2.3e+06 KRW month"},
	{name: "take-home pay written with a space", p: model.Posting{Title: "생산직 사원", PayText: "세후 실 수령액 240 만원"}, pay: "2.4e+06 2.4e+06 KRW month"},
	{name: "trap: thousands alone with no manwon is not read", p: model.Posting{Title: "백엔드 개발자", PayText: "연봉 3천 후반"}, pay: "-"},
	{name: "trap: plain manwon unchanged", p: model.Posting{Title: "백엔드 개발자", PayText: "연봉 4200만원"}, pay: "4.2e+07 4.2e+07 KRW year"},
	{name: "trap: eok and manwon unchanged", p: model.Posting{Title: "백엔드 개발자", PayText: "연봉 1억 3000만원"}, pay: "1.3e+08 1.3e+08 KRW year"},
	{name: "trap: funding in thousands of manwon in text is no pay", p: model.Posting{Title: "백엔드 개발자", DescriptionText: "시드 투자 5천만원 유치"}, pay: "-"},
}

func TestKoreanCheonCases(t *testing.T) {
	opts := Options{Now: time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)}
	for _, tc := range koreanCheonCases {
		t.Run(tc.name, func(t *testing.T) { checkTruthCase(t, tc, opts) })
	}
}
