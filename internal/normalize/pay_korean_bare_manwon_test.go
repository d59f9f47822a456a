package normalize

import (
	"testing"
	"time"

	"github.com/gigscout/gigscout/internal/model"
)

// bareManwonCases pin the fix guided by the thirty-fourth round's part l
// (other projects' own salary tests, kept outside the repository and scored
// with TestAgreementOutside), in other words than those tests: a Korean
// listing's pay field of bare four-digit amounts is a year's pay in 만원.
var bareManwonCases = []truthCase{
	{name: "bare range in busan is manwon a year", p: model.Posting{Title: "품질관리 담당", Locations: []string{"부산"}, PayText: "2800~3600"}, pay: "2.8e+07 3.6e+07 KRW year"},
	{name: "thousands commas and a dash", p: model.Posting{Title: "Data Engineer", Locations: []string{"Seoul, South Korea"}, PayText: "4,500 - 5,500"}, pay: "4.5e+07 5.5e+07 KRW year"},
	{name: "single amount or more", p: model.Posting{Title: "품질관리 담당", Locations: []string{"부산"}, PayText: "3200 이상"}, pay: "3.2e+07 3.2e+07 KRW year"},
	{name: "trap: five digits may be an hourly wage in won", p: model.Posting{Title: "카페 스태프", Locations: []string{"부산"}, PayText: "10500~12000"}},
	{name: "trap: three digits say no year", p: model.Posting{Title: "품질관리 담당", Locations: []string{"부산"}, PayText: "250~300"}},
	{name: "trap: the same field in tokyo", p: model.Posting{Title: "品質管理", Locations: []string{"東京都"}, PayText: "2800~3600"}},
	{name: "trap: no place", p: model.Posting{Title: "품질관리 담당", PayText: "2800~3600"}},
	{name: "trap: a count after the numbers", p: model.Posting{Title: "품질관리 담당", Locations: []string{"부산"}, PayText: "2800~3600 명"}},
	{name: "trap: manwon written keeps its reading", p: model.Posting{Title: "품질관리 담당", Locations: []string{"부산"}, PayText: "연봉 2,800~3,600만원"}, pay: "2.8e+07 3.6e+07 KRW year"},
}

func TestBareManwonCases(t *testing.T) {
	opts := Options{Now: time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)}
	for _, tc := range bareManwonCases {
		t.Run(tc.name, func(t *testing.T) { checkFieldCaseNot(t, tc, opts) })
	}
}
