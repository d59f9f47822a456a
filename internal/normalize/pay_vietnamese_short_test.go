package normalize

import (
	"testing"
	"time"

	"github.com/gigscout/gigscout/internal/model"
)

// vietnameseShortCases pin pay_vietnamese_short.go: "tr" for a million
// dong, "VNĐ" for the dong; traps: a count of users, Turkey's code, "tr"
// inside a word, a year, a phone number.
var vietnameseShortCases = []truthCase{
	{name: "tr alone", p: model.Posting{Title: "Kế toán", Locations: []string{"Đà Nẵng"}, PayText: "12tr"}, pay: "1.2e+07 1.2e+07 VND month"},
	{name: "tr range", p: model.Posting{Title: "Kế toán", Locations: []string{"Đà Nẵng"}, PayText: "9-13tr"}, pay: "9e+06 1.3e+07 VND month"},
	{name: "tr range spaced", p: model.Posting{Title: "Kế toán", Locations: []string{"Đà Nẵng"}, PayText: "9 - 13 tr"}, pay: "9e+06 1.3e+07 VND month"},
	{name: "up to tr", p: model.Posting{Title: "Kế toán", Locations: []string{"Đà Nẵng"}, PayText: "Upto 45tr"}, pay: "4.5e+07 4.5e+07 VND month"},
	{name: "tr with a month", p: model.Posting{Title: "Kế toán", Locations: []string{"Đà Nẵng"}, PayText: "Lương 7-9tr/tháng"}, pay: "7e+06 9e+06 VND month"},
	{name: "tr with the dong sign then a year", p: model.Posting{Title: "Trưởng phòng", PayText: "300tr-450tr ₫/năm"}, pay: "3e+08 4.5e+08 VND year"},
	{name: "tr with the dong sign then a month", p: model.Posting{Title: "Nhân viên", PayText: "12tr ₫/tháng"}, pay: "1.2e+07 1.2e+07 VND month"},
	{name: "tr in text after a pay word", p: model.Posting{Title: "Kế toán", Locations: []string{"Cần Thơ"}, DescriptionText: "Thu nhập 14-20tr, thưởng theo quý."}, pay: "1.4e+07 2e+07 VND month"},
	{name: "dong code after a range", p: model.Posting{Title: "Kế toán", Locations: []string{"Huế"}, PayText: "15,000,000 - 22,000,000 VNĐ"}, pay: "1.5e+07 2.2e+07 VND month"},
	{name: "dong code after an amount", p: model.Posting{Title: "Kế toán", Locations: []string{"Huế"}, PayText: "18.000.000 vnđ"}, pay: "1.8e+07 1.8e+07 VND month"},
	{name: "dong code before an amount", p: model.Posting{Title: "Kế toán", Locations: []string{"Huế"}, PayText: "VNĐ 18.000.000"}, pay: "1.8e+07 1.8e+07 VND month"},

	{name: "trap: a count of users", p: model.Posting{Title: "Kế toán", Locations: []string{"Huế"}, DescriptionText: "Ứng dụng có 10tr người dùng."}, pay: "-"},
	{name: "trap: turkey's code", p: model.Posting{Title: "Muhasebeci", Locations: []string{"Ankara"}, PayText: "35 TR"}, pay: "-"},
	{name: "trap: tr inside a word", p: model.Posting{Title: "Kế toán", Locations: []string{"Huế"}, PayText: "5 trainees"}, pay: "-"},
	{name: "trap: a year before tr", p: model.Posting{Title: "Kế toán", Locations: []string{"Huế"}, DescriptionText: "Thành lập 2015 tr. Lương thỏa thuận."}, pay: "-"},
	{name: "trap: a phone number", p: model.Posting{Title: "Kế toán", Locations: []string{"Huế"}, DescriptionText: "Lương thỏa thuận, gọi 0905123456 tr."}, pay: "-"},
}

func TestVietnameseShortCases(t *testing.T) {
	opts := Options{Now: time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)}
	for _, tc := range vietnameseShortCases {
		t.Run(tc.name, func(t *testing.T) { checkFieldCaseNot(t, tc, opts) })
	}
}

// FuzzDongShortPay runs dongShortPay on any text: no panic, a sane amount in
// dong, a span inside the text.
func FuzzDongShortPay(f *testing.F) {
	for _, tc := range vietnameseShortCases {
		f.Add(tc.p.PayText+tc.p.DescriptionText, true)
	}
	f.Fuzz(func(t *testing.T, s string, lenient bool) {
		c := dongShortPay(s, lenient)
		if c == nil {
			return
		}
		if c.currency != "VND" || c.min <= 0 || c.min > c.max || c.unit == "" || c.start < 0 || c.end > len(s) || c.start >= c.end {
			t.Errorf("dongShortPay(%q, %v) = %+v", s, lenient, *c)
		}
	})
}
