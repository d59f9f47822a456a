package normalize

import (
	"testing"
	"time"

	"github.com/gigscout/gigscout/internal/model"
)

// vnKPeriodCases pin pay_vn_k_period.go (thousands of dong as "k"
// before a Vietnamese period word) and the unmarked "trieu" of a pay field;
// trap: "trieu" in running text.
var vnKPeriodCases = []truthCase{
	{name: "k an hour", p: model.Posting{Title: "Phụ quán", Locations: []string{"Nha Trang"}, PayText: "32k/giờ"}, pay: "32000 32000 VND hour"},
	{name: "k range an hour", p: model.Posting{Title: "Phụ quán", Locations: []string{"Nha Trang"}, PayText: "22k - 28k/giờ"}, pay: "22000 28000 VND hour"},
	{name: "k range, one k", p: model.Posting{Title: "Gia sư Lý", Locations: []string{"Vinh"}, PayText: "150 - 220k/buổi"}, pay: "150000 220000 VND day"},
	{name: "k a day", p: model.Posting{Title: "Thợ phụ", Locations: []string{"Biên Hòa"}, PayText: "280k/ngày"}, pay: "280000 280000 VND day"},
	{name: "k a week", p: model.Posting{Title: "Thợ phụ", Locations: []string{"Biên Hòa"}, PayText: "900k / tuần"}, pay: "900000 900000 VND week"},
	{name: "trieu unmarked range", p: model.Posting{Title: "Kế toán", Locations: []string{"Huế"}, PayText: "12 - 16 trieu"}, pay: "1.2e+07 1.6e+07 VND month"},
	{name: "trieu unmarked alone", p: model.Posting{Title: "Kế toán", Locations: []string{"Huế"}, PayText: "9 trieu/tháng"}, pay: "9e+06 9e+06 VND month"},

	{name: "trap: trieu in text", p: model.Posting{Title: "Kế toán", Locations: []string{"Huế"}, DescriptionText: "Doanh thu 30 trieu moi quy."}, pay: "-"},
}

func TestVNKPeriodCases(t *testing.T) {
	opts := Options{Now: time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)}
	for _, tc := range vnKPeriodCases {
		t.Run(tc.name, func(t *testing.T) { checkFieldCaseNot(t, tc, opts) })
	}
}
