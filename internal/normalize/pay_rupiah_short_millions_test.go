package normalize

import (
	"testing"
	"time"

	"github.com/gigscout/gigscout/internal/model"
)

// A month's rupiah pay written in millions without "jt" or "juta". In this
// project's own words, with traps.
var rupiahShortMillionsCases = []truthCase{
	{name: "a range a month in english", p: model.Posting{Title: "Staf Gudang", PayText: "Rp 5 - Rp 7 per month"}, pay: "5e+06 7e+06 IDR month"},
	{name: "a range a month in indonesian", p: model.Posting{Title: "Kasir", PayText: "Rp 4 - 6 per bulan"}, pay: "4e+06 6e+06 IDR month"},
	{name: "a decimal amount with no period", p: model.Posting{Title: "Admin Gudang", PayText: "Rp 6,5"}, pay: "6.5e+06 6.5e+06 IDR month"},
	{name: "after a pay word in text", p: model.Posting{Title: "Kurir", DescriptionText: "Gaji Rp 5 - Rp 6 per bulan, bonus harian."}, pay: "5e+06 6e+06 IDR month"},
	{name: "trap: a count word stays as written", p: model.Posting{Title: "Kasir", PayText: "Rp 4 jt - 6 jt per bulan"}, pay: "4e+06 6e+06 IDR month"},
	{name: "trap: full amounts stay as written", p: model.Posting{Title: "Kasir", PayText: "Rp 4.500.000 per bulan"}, pay: "4.5e+06 4.5e+06 IDR month"},
	{name: "trap: a day's rate is not scaled", p: model.Posting{Title: "Buruh Harian", PayText: "Rp 150.000 per hari"}, pay: "150000 150000 IDR day"},
}

func TestRupiahShortMillionsCases(t *testing.T) {
	opts := Options{Now: time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)}
	for _, tc := range rupiahShortMillionsCases {
		t.Run(tc.name, func(t *testing.T) { checkTruthCase(t, tc, opts) })
	}
}
