package normalize

import (
	"testing"

	"github.com/gigscout/gigscout/internal/model"
)

// indonesianHoursCases pin type_body_indonesian_hours.go. Traps: "separuh
// waktu" (half of someone's time), "waktu" alone, "paruh" alone.
var indonesianHoursCases = []truthCase{
	{name: "part time in an Indonesian sentence", p: model.Posting{Title: "Admin Toko", DescriptionText: "Kami mencari staf admin paruh waktu untuk cabang Bandung."}, jobType: "part_time"},
	{name: "part time inside an English sentence", p: model.Posting{Title: "Copywriter", DescriptionText: "Hiring a paruh waktu copywriter for our Jakarta studio."}, jobType: "part_time"},
	{name: "full time in an Indonesian sentence", p: model.Posting{Title: "Akuntan", DescriptionText: "Posisi ini adalah pekerjaan penuh waktu di kantor pusat."}, jobType: "full_time"},

	{name: "trap: separuh waktu is half of one's time", p: model.Posting{Title: "Guru", DescriptionText: "Separuh waktu Anda akan dipakai untuk menyiapkan materi."}, jobType: "unknown"},
	{name: "trap: waktu alone", p: model.Posting{Title: "Kurir", DescriptionText: "Pengiriman harus tepat waktu setiap hari."}, jobType: "unknown"},
	{name: "trap: paruh alone", p: model.Posting{Title: "Analis", DescriptionText: "Laporan paruh tahun disusun bersama tim keuangan."}, jobType: "unknown"},
}

func TestIndonesianHoursCases(t *testing.T) { runFieldCases(t, indonesianHoursCases) }
