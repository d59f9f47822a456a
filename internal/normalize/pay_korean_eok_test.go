package normalize

import (
	"testing"
	"time"

	"github.com/gigscout/gigscout/internal/model"
)

// Korean amounts counted in 억 (a hundred million won): read in a pay
// field or after a pay label; in running text without a label (funding,
// revenue) they stay no pay. In this project's own words, with traps.
var koreanEokCases = []truthCase{
	{name: "a range in eok in a pay field", p: model.Posting{Title: "데이터 엔지니어", PayText: "2억원 ~ 4억원"}, pay: "2e+08 4e+08 KRW year"},
	{name: "one amount in eok in a pay field", p: model.Posting{Title: "데이터 엔지니어", PayText: "1억원"}, pay: "1e+08 1e+08 KRW year"},
	{name: "eok and manwon together", p: model.Posting{Title: "데이터 엔지니어", PayText: "1억 2000만원"}, pay: "1.2e+08 1.2e+08 KRW year"},
	{name: "the unit on the second end only", p: model.Posting{Title: "데이터 엔지니어", PayText: "2~3억원"}, pay: "2e+08 3e+08 KRW year"},
	{name: "after a salary label in text", p: model.Posting{Title: "데이터 엔지니어", DescriptionText: "처우: 연봉 1억원 이상 협의 가능"}, pay: "1e+08 1e+08 KRW year"},
	{name: "after a salary label with no won sign", p: model.Posting{Title: "데이터 엔지니어", DescriptionText: "연봉 1억 5000만 수준"}, pay: "1.5e+08 1.5e+08 KRW year"},
	{name: "trap: funding in text is no pay", p: model.Posting{Title: "데이터 엔지니어", DescriptionText: "시리즈 B 200억원 투자 유치 완료"}, pay: "-"},
	{name: "trap: revenue in text is no pay", p: model.Posting{Title: "데이터 엔지니어", DescriptionText: "작년 매출 500억원을 달성한 회사입니다."}, pay: "-"},
	{name: "trap: a placeholder of ten billion is no pay", p: model.Posting{Title: "데이터 엔지니어", PayText: "500억원"}, pay: "-"},
	{name: "trap: manwon alone unchanged", p: model.Posting{Title: "데이터 엔지니어", PayText: "4500만원"}, pay: "4.5e+07 4.5e+07 KRW year"},
}

func TestKoreanEokCases(t *testing.T) {
	opts := Options{Now: time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)}
	for _, tc := range koreanEokCases {
		t.Run(tc.name, func(t *testing.T) { checkTruthCase(t, tc, opts) })
	}
}
