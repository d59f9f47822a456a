package normalize

import (
	"testing"
	"time"

	"github.com/gigscout/gigscout/internal/model"
)

// millionWordEndsCases pin pay_vn_capital_tr.go and the both-ends readings of triệu, tr and
// capitalised juta: the million word written after each end of a range, a
// capital "Tr" beside the dong code, "Juta" with a capital; traps: a capital
// "Tr" with no dong code, "Trên" (over) with no amount, Turkey's code.
var millionWordEndsCases = []truthCase{
	{name: "trieu after both ends", p: model.Posting{Title: "Kế toán", Locations: []string{"Đà Nẵng"}, PayText: "9 triệu - 14 triệu"}, pay: "9e+06 1.4e+07 VND month"},
	{name: "trieu after both ends with a month", p: model.Posting{Title: "Kế toán", Locations: []string{"Đà Nẵng"}, PayText: "11 triệu - 16 triệu/tháng"}, pay: "1.1e+07 1.6e+07 VND month"},
	{name: "tr glued after both ends", p: model.Posting{Title: "Kế toán", Locations: []string{"Đà Nẵng"}, PayText: "14tr - 19tr"}, pay: "1.4e+07 1.9e+07 VND month"},
	{name: "tr spaced after both ends", p: model.Posting{Title: "Kế toán", Locations: []string{"Đà Nẵng"}, PayText: "6 tr - 9 tr"}, pay: "6e+06 9e+06 VND month"},
	{name: "capital tr with the dong code", p: model.Posting{Title: "Kế toán", Locations: []string{"Huế"}, PayText: "7 Tr - 11 Tr VND"}, pay: "7e+06 1.1e+07 VND month"},
	{name: "over a capital tr", p: model.Posting{Title: "Kế toán", Locations: []string{"Huế"}, PayText: "Trên 30 Tr VND"}, pay: "3e+07 3e+07 VND month"},
	{name: "capital juta after rp", p: model.Posting{Title: "Staf Admin", Locations: []string{"Bandung"}, PayText: "Rp 6 Juta"}, pay: "6e+06 6e+06 IDR month"},
	{name: "capital juta range", p: model.Posting{Title: "Staf Admin", Locations: []string{"Bandung"}, PayText: "Rp 4 - 6 Juta per bulan"}, pay: "4e+06 6e+06 IDR month"},
	{name: "capital jt after rp", p: model.Posting{Title: "Staf Admin", Locations: []string{"Bandung"}, PayText: "Rp 7 Jt"}, pay: "7e+06 7e+06 IDR month"},

	{name: "trap: capital tr and no dong code", p: model.Posting{Title: "Kế toán", Locations: []string{"Huế"}, PayText: "12 Tr"}, pay: "-"},
	{name: "trap: over and no amount", p: model.Posting{Title: "Kế toán", Locations: []string{"Huế"}, PayText: "Trên thỏa thuận VND"}, pay: "-"},
	{name: "trap: turkey's code beside VND", p: model.Posting{Title: "Muhasebeci", Locations: []string{"Ankara"}, PayText: "35 TR VND"}, pay: "-"},
}

func TestMillionWordEndsCases(t *testing.T) {
	opts := Options{Now: time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)}
	for _, tc := range millionWordEndsCases {
		t.Run(tc.name, func(t *testing.T) { checkFieldCaseNot(t, tc, opts) })
	}
}

func TestTrCapitalDong(t *testing.T) {
	for in, want := range map[string]string{
		"5 Tr - 8 Tr VND": "5 tr - 8 tr VND",
		"Trên 9 Tr VND":   "Trên 9 tr VND",
		"5 Tr":            "5 Tr",
		"Tr VND":          "Tr VND",
		"5 Trong VND":     "5 Trong VND",
	} {
		if got := trCapitalDong(in); got != want || len(got) != len(in) {
			t.Errorf("trCapitalDong(%q) = %q, want %q", in, got, want)
		}
	}
}
