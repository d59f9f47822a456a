package normalize

import "testing"

// lengthBodyCases: descriptions in this project's own wording, read by
// type_body_length_world.go, and the traps it must leave alone.
var lengthBodyCases = []struct{ text, want string }{
	{"Staf administrasi gudang, kontrak 12 bulan dengan kemungkinan perpanjangan.", "contract"},
	{"Ofrecemos contrato de 6 meses con posibilidad de renovación.", "contract"},
	{"Offriamo un contratto di 12 mesi nel nostro ufficio di Torino.", "contract"},
	{"Oferujemy umowę zlecenie lub umowa na 12 miesięcy.", "contract"},
	{"Dibuka program magang untuk mahasiswa tingkat akhir jurusan akuntansi.", "internship"},
	{"Posisi ini adalah magang 3 bulan di tim pemasaran.", "internship"},
	// Traps: a contract word without a length, an internship in the past.
	{"Gaji sesuai UMR, kontrak kerja jelas, BPJS lengkap.", "unknown"},
	{"Contrato laboral con todas las prestaciones de ley.", "unknown"},
	{"Diutamakan memiliki pengalaman magang di bidang keuangan.", "unknown"},
}

func TestLengthBodyType(t *testing.T) {
	for _, c := range lengthBodyCases {
		if got := ParseType("", "Staff", c.text); string(got) != c.want {
			t.Errorf("ParseType(%q) = %s, want %s", c.text, got, c.want)
		}
	}
}
