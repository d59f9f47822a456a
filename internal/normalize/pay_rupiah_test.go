package normalize

import (
	"strings"
	"testing"
	"time"

	"github.com/gigscout/gigscout/internal/model"
)

// rupiahCases: rupiah as Indonesian boards write it, in our own words,
// with the traps the reader must leave alone.
var rupiahCases = []truthCase{
	// "Rp" marks rupiah, spaced, glued or with a point.
	{name: "rp with point thousands", p: model.Posting{Title: "Staf Gudang", PayText: "Rp 6.250.000"}, pay: "6.25e+06 6.25e+06 IDR month"},
	{name: "rp glued to the digits", p: model.Posting{Title: "Staf Gudang", PayText: "Rp7500000"}, pay: "7.5e+06 7.5e+06 IDR month"},
	{name: "rp with a point after it", p: model.Posting{Title: "Staf Gudang", PayText: "Rp. 4.800.000 - Rp. 5.600.000"}, pay: "4.8e+06 5.6e+06 IDR month"},
	{name: "rp with comma thousands and cents", p: model.Posting{Title: "Staf Gudang", PayText: "Rp 3,900,000.00"}, pay: "3.9e+06 3.9e+06 IDR month"},
	{name: "rp with a dash for no cents", p: model.Posting{Title: "Staf Gudang", PayText: "Rp 5.200.000,-"}, pay: "5.2e+06 5.2e+06 IDR month"},
	{name: "rp range joined by s/d", p: model.Posting{Title: "Staf Gudang", PayText: "Rp 4.000.000 s/d Rp 6.000.000"}, pay: "4e+06 6e+06 IDR month"},
	{name: "from an amount", p: model.Posting{Title: "Staf Gudang", PayText: "Mulai Rp 5.500.000"}, pay: "5.5e+06 5.5e+06 IDR month"},

	// Count words: jt / juta a million, rb / ribu a thousand.
	{name: "jt glued", p: model.Posting{Title: "Kasir", PayText: "Rp6jt"}, pay: "6e+06 6e+06 IDR month"},
	{name: "juta range with no currency", p: model.Posting{Title: "Kasir", PayText: "9 - 14 juta"}, pay: "9e+06 1.4e+07 IDR month"},
	{name: "decimal comma before juta", p: model.Posting{Title: "Kasir", PayText: "6,5 - 8 juta"}, pay: "6.5e+06 8e+06 IDR month"},
	{name: "decimal point before jt on both ends", p: model.Posting{Title: "Kasir", PayText: "Rp 7.5 jt - 9.5 jt"}, pay: "7.5e+06 9.5e+06 IDR month"},
	{name: "rb to jt", p: model.Posting{Title: "Kasir", PayText: "Rp 900 rb - 1,2 jt"}, pay: "900000 1.2e+06 IDR month"},
	{name: "ribu a day", p: model.Posting{Title: "Kurir Harian", PayText: "Rp 175 ribu per hari"}, pay: "175000 175000 IDR day"},
	{name: "the count word only on the second end", p: model.Posting{Title: "Kasir", PayText: "Rp 11 - 16jt"}, pay: "1.1e+07 1.6e+07 IDR month"},
	{name: "idr with jt", p: model.Posting{Title: "Kasir", PayText: "IDR 18jt"}, pay: "1.8e+07 1.8e+07 IDR month"},
	{name: "idr with juta on both ends and a slash period", p: model.Posting{Title: "Kasir", PayText: "IDR 12 juta - 15 juta/bulan"}, pay: "1.2e+07 1.5e+07 IDR month"},

	// Indonesian periods.
	{name: "per bulan", p: model.Posting{Title: "Admin", PayText: "IDR 8.750.000 per bulan"}, pay: "8.75e+06 8.75e+06 IDR month"},
	{name: "per tahun", p: model.Posting{Title: "Admin", PayText: "IDR 240.000.000 per tahun"}, pay: "2.4e+08 2.4e+08 IDR year"},
	{name: "per jam", p: model.Posting{Title: "Admin", PayText: "Rp 45.000 per jam"}, pay: "45000 45000 IDR hour"},
	{name: "per minggu", p: model.Posting{Title: "Admin", PayText: "Rp 1.250.000 / minggu"}, pay: "1.25e+06 1.25e+06 IDR week"},
	{name: "sebulan", p: model.Posting{Title: "Admin", PayText: "Rp 9.000.000 sebulan"}, pay: "9e+06 9e+06 IDR month"},
	{name: "english period after rp", p: model.Posting{Title: "Admin", PayText: "Rp 11.000.000 a month"}, pay: "1.1e+07 1.1e+07 IDR month"},

	// Running text.
	{name: "gaji before rp in text", p: model.Posting{Title: "Admin", DescriptionText: "Kami menawarkan gaji Rp 7.000.000 dan BPJS."}, pay: "7e+06 7e+06 IDR month"},
	{name: "a period after jt in text", p: model.Posting{Title: "Admin", DescriptionText: "Penghasilan mulai 6 jt per bulan untuk posisi ini."}, pay: "6e+06 6e+06 IDR month"},
	{name: "trap: a million users is no pay", p: model.Posting{Title: "Admin", DescriptionText: "Aplikasi kami dipakai 2 juta pengguna di seluruh Indonesia."}, pay: "-"},
	{name: "trap: a price in rupiah is no pay", p: model.Posting{Title: "Admin", DescriptionText: "Harga paket mulai Rp 150.000 untuk pelanggan baru."}, pay: "-"},
	{name: "trap: a loan amount is no pay", p: model.Posting{Title: "Admin", DescriptionText: "Kami menyalurkan pinjaman hingga Rp 50 juta per bulan."}, pay: "-"},
	{name: "trap: an allowance is no pay", p: model.Posting{Title: "Admin", DescriptionText: "Tunjangan makan Rp 50rb per hari."}, pay: "-"},
	{name: "trap: role-play in english is no currency", p: model.Posting{Title: "Game Master", DescriptionText: "Run RP 2 sessions each weekend for our guild."}, pay: "-"},
	{name: "trap: a per-portion price is no pay", p: model.Posting{Title: "Admin", PayText: "Rp 25.000 per porsi"}, pay: "-"},
	{name: "trap: idr alone is read as before", p: model.Posting{Title: "Admin", PayText: "IDR 14.000.000 - 18.000.000"}, pay: "1.4e+07 1.8e+07 IDR month"},
	{name: "trap: a dollar salary beside rupiah words stays", p: model.Posting{Title: "Admin", PayText: "$2,400 per month"}, pay: "2400 2400 USD month"},
	{name: "trap: a k with no rupiah mark is no rupiah", p: model.Posting{Title: "Admin", PayText: "5k - 7 jt"}, pay: "-"},
}

func TestRupiahPay(t *testing.T) {
	opts := Options{Now: time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)}
	for _, tc := range rupiahCases {
		t.Run(tc.name, func(t *testing.T) { checkTruthCase(t, tc, opts) })
	}
}

// TestRupiahPayLong reads the description cases past minGuardedText.
func TestRupiahPayLong(t *testing.T) {
	filler := strings.Repeat("Tim kami membangun aplikasi untuk toko kecil di banyak kota. ", 10) + "\n"
	checkLongCases(t, filler, func(t *testing.T, tc truthCase, opts Options) { checkTruthCase(t, tc, opts) }, rupiahCases)
}

// TestMayRupiah pins the literal guard: every text rupiahCandidate reads
// passes it.
func TestMayRupiah(t *testing.T) {
	for _, tc := range []struct {
		s    string
		want bool
	}{
		{"Rp 5.000.000", true}, {"Rp5jt", true}, {"Rp. 4.000", true}, {"RP 2", true}, {"IDR 10", true},
		{"8 - 12 juta", true}, {"28jt", true}, {"500 rb", true}, {"900 ribu", true},
		{"Rpm 5", false}, {"CORP 2024", true}, {"the verb form", false}, {"Rp only", false}, {"juta", false}, {"", false},
	} {
		if got := mayRupiah(tc.s); got != tc.want {
			t.Errorf("mayRupiah(%q) = %v, want %v", tc.s, got, tc.want)
		}
	}
	for _, tc := range rupiahCases {
		for _, s := range []string{tc.p.PayText, tc.p.DescriptionText} {
			if rupiahCandidate(s, true) != nil && !mayRupiah(s) {
				t.Errorf("%q: read but not let through the guard", s)
			}
		}
	}
}

func FuzzRupiahPay(f *testing.F) {
	for _, tc := range rupiahCases {
		f.Add(tc.p.PayText + "\n" + tc.p.DescriptionText)
	}
	for _, s := range []string{"Rp", "Rp.", "Rp 1", "1 jt", "1jt-2", "Rp 1 s/d 2 jt", "IDR 1 juta - 2 per bulan", "Rp 9.999.999,-/bulan", "Rp 1.2.3"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		for _, lenient := range []bool{false, true} {
			c := rupiahCandidate(s, lenient)
			if c != nil {
				if c.min <= 0 || c.min > c.max || c.start < 0 || c.end > len(s) || c.start >= c.end || c.unit == "" || c.currency != "IDR" {
					t.Errorf("%q (lenient %v): bad rupiah candidate %+v", s, lenient, c)
				}
				if !mayRupiah(s) {
					t.Errorf("%q: read but not let through the guard", s)
				}
			}
			if b := bestPay(s, lenient); b != nil && (b.min < 0 || b.min > b.max || b.start < 0 || b.end > len(s) || b.start > b.end) {
				t.Errorf("%q (lenient %v): bad candidate %+v", s, lenient, b)
			}
		}
	})
}
