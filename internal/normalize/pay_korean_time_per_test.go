package normalize

import (
	"testing"
	"time"

	"github.com/gigscout/gigscout/internal/model"
)

// Korean pay labels naming the period with 당 (per hour, a day's pay, per
// week), and tender labels before the contract's whole sum.
var krTimePerCases = []truthCase{
	{name: "kr per hour in man-won", p: model.Posting{Title: "통역 보조", DescriptionText: "시간당 3만원 지급"}, pay: "30000 30000 KRW hour"},
	{name: "kr per hour in plain won", p: model.Posting{Title: "편의점 야간 근무", PayText: "시간당 12,500원"}, pay: "12500 12500 KRW hour"},
	{name: "kr day's pay", p: model.Posting{Title: "행사장 설치 인력", DescriptionText: "일당 16만원, 식사 제공"}, pay: "160000 160000 KRW day"},
	{name: "kr per week", p: model.Posting{Title: "주말 강사", DescriptionText: "주당 40만원"}, pay: "400000 400000 KRW week"},
	{name: "kr tender estimated price", p: model.Posting{Title: "홈페이지 유지보수 용역", DescriptionText: "추정가격 30,000,000원 (부가세 포함)"}, pay: "3e+07 3e+07 KRW project"},
	{name: "kr contract amount", p: model.Posting{Title: "데이터 구축 용역", DescriptionText: "계약금액 4,500만원"}, pay: "4.5e+07 4.5e+07 KRW project"},
	{name: "trap: hours a week are no pay", p: model.Posting{Title: "사무 보조", DescriptionText: "주당 20시간 근무"}, pay: "-"},
	{name: "trap: per case label stays a piece", p: model.Posting{Title: "자막 작업", DescriptionText: "건당 5만원"}, pay: "50000 50000 KRW project"},
	{name: "trap: hourly label 시급 unchanged", p: model.Posting{Title: "물류 센터", DescriptionText: "시급 11,000원"}, pay: "11000 11000 KRW hour"},
	{name: "trap: a yearly salary unchanged", p: model.Posting{Title: "백엔드 개발자", DescriptionText: "연봉 5,000만원"}, pay: "5e+07 5e+07 KRW year"},
}

func TestKrTimePerCases(t *testing.T) {
	opts := Options{Now: time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)}
	for _, tc := range krTimePerCases {
		t.Run(tc.name, func(t *testing.T) { checkTruthCase(t, tc, opts) })
	}
}
