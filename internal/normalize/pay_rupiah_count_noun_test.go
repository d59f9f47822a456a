package normalize

import (
	"testing"
	"time"

	"github.com/gigscout/gigscout/internal/model"
)

// A count word's amount followed by a noun for people or things counted is
// a count, not pay. In this project's own words, with traps.
var rupiahCountNounCases = []truthCase{
	{name: "millions of users after a pay word", p: model.Posting{Title: "Staf Pemasaran", DescriptionText: "Gaji dirahasiakan. Aplikasi kami dipakai 3 juta pengguna setiap bulan."}, pay: "-"},
	{name: "millions of applicants in english", p: model.Posting{Title: "Data Analyst", DescriptionText: "Salary is not listed here. Over 2 juta applicants used our board last year."}, pay: "-"},
	{name: "a range of visitors", p: model.Posting{Title: "Penulis Konten", DescriptionText: "Honor menarik. Situs kami dikunjungi 4-6 juta pengunjung."}, pay: "-"},
	{name: "trap: a month's pay after a pay word", p: model.Posting{Title: "Kasir", DescriptionText: "Gaji 5 juta per bulan untuk posisi ini."}, pay: "5e+06 5e+06 IDR month"},
	{name: "trap: pay for each person served stays pay", p: model.Posting{Title: "Kasir", PayText: "Rp 4 juta"}, pay: "4e+06 4e+06 IDR month"},
	{name: "trap: a noun after a rupiah sign stays pay", p: model.Posting{Title: "Admin", PayText: "Rp 6 jt karyawan tetap"}, pay: "6e+06 6e+06 IDR month"},
	{name: "trap: a word after the amount that counts nothing", p: model.Posting{Title: "Kurir", DescriptionText: "Gaji 7 juta bersih, dibayar tiap tanggal 25."}, pay: "7e+06 7e+06 IDR month"},
}

func TestRupiahCountNounCases(t *testing.T) {
	opts := Options{Now: time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)}
	for _, tc := range rupiahCountNounCases {
		t.Run(tc.name, func(t *testing.T) { checkTruthCase(t, tc, opts) })
	}
}
