package normalize

import (
	"github.com/gigscout/gigscout/internal/model"
)

// A contract or internship with its length, written in a description in
// Indonesian and Malay, Spanish, Portuguese, Italian or Polish: "kontrak 6
// bulan", "contrato de 12 meses", "contratto di 6 mesi", "umowa na 12
// miesięcy", "program magang 3 bulan", "3-month magang". A length is what
// makes the contract word name the terms: "kontrak kerja" or "contrato
// laboral" alone is any employment contract.

// lengthContractWorld is a contract word with a length in months or years
// (tried around its key words: see keyRegexp).
var lengthContractWorld = newKeyRegexp(`(?i)\b(?:kontrak|contrato|contratto|umow[aęy])\s+(?:de\s+|di\s+|na\s+|selama\s+|por\s+|kerja\s+)?\d{1,2}\s*(?:bulan|meses|mesi|miesięcy|miesiące|tahun|años|anni)\b`,
	5, 50, "kontrak", "contrato", "contratto", "umow")

// internWorld is an Indonesian internship named as the offer: a program,
// an opening or a length ("lowongan magang", "magang 3 bulan").
var internWorld = newKeyRegexp(`(?i)\b(?:program|lowongan|posisi|peserta)\s+magang\b|\bmagang\s+(?:selama\s+)?\d{1,2}\s*bulan\b|\b\d{1,2}[- ]?(?:month|bulan)\s+magang\b`,
	30, 30, "magang")

// lengthBodyType reads the forms above; unknown when the text holds none.
func lengthBodyType(text string) model.JobType {
	if internWorld.MatchString(text) {
		return model.TypeInternship
	}
	if lengthContractWorld.MatchString(text) {
		return model.TypeContract
	}
	return model.TypeUnknown
}
