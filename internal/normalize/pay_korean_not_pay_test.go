package normalize

import (
	"testing"
	"time"

	"github.com/gigscout/gigscout/internal/model"
)

// Korean minimum-wage notes and incentives are no pay; 월급여 is a month's
// pay. In this project's own words, with traps.
var koreanNotPayCases = []truthCase{
	{name: "minimum hourly wage quoted for reference", p: model.Posting{Title: "매장 직원", DescriptionText: "올해 최저시급 9,860원 기준 안내"}, pay: "-"},
	{name: "minimum wage word with a space", p: model.Posting{Title: "매장 직원", DescriptionText: "참고: 최저 임금 9,860원"}, pay: "-"},
	{name: "incentive in the same clause", p: model.Posting{Title: "영업 사원", DescriptionText: "분기 인센티브 최대 50만원 지급"}, pay: "-"},
	{name: "monthly pay label 월급여", p: model.Posting{Title: "생산직 사원", DescriptionText: "주 40시간, 월급여 2,410,000원"}, pay: "2.41e+06 2.41e+06 KRW month"},
	{name: "monthly pay label with a space", p: model.Posting{Title: "생산직 사원", PayText: "월 급여 265만원"}, pay: "2.65e+06 2.65e+06 KRW month"},
	{name: "trap: hourly pay above the minimum is read", p: model.Posting{Title: "매장 직원", DescriptionText: "시급 11,000원 (최저임금 이상)"}, pay: "11000 11000 KRW hour"},
	{name: "trap: incentive in another clause keeps the salary", p: model.Posting{Title: "영업 사원", DescriptionText: "인센티브 별도, 연봉 3,400만원"}, pay: "3.4e+07 3.4e+07 KRW year"},
	{name: "trap: plain hourly label unchanged", p: model.Posting{Title: "매장 직원", PayText: "시급 10,500원"}, pay: "10500 10500 KRW hour"},
}

func TestKoreanNotPayCases(t *testing.T) {
	opts := Options{Now: time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)}
	for _, tc := range koreanNotPayCases {
		t.Run(tc.name, func(t *testing.T) { checkTruthCase(t, tc, opts) })
	}
}
