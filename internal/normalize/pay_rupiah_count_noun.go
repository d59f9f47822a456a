package normalize

import "strings"

// Indonesian text counts people and things in millions with the same word
// it counts money with: "5 juta pelamar" (five million applicants), "2 jt
// pengguna" (two million users). rupiahCountNounAfter reads the word right
// after such an amount: a noun for people or things counted makes the
// amount a count, not pay, whatever pay word came before it in the text.

// rupiahCountNouns are the nouns (Indonesian and English) that, right after
// a count word's amount, make it a count: applicants, users, visitors,
// customers, members, people, downloads, views, followers, students,
// employees, participants, subscribers.
var rupiahCountNouns = map[string]bool{
	"pelamar": true, "applicant": true, "applicants": true,
	"pengguna": true, "user": true, "users": true,
	"pengunjung": true, "visitor": true, "visitors": true,
	"pelanggan": true, "customer": true, "customers": true,
	"anggota": true, "member": true, "members": true,
	"orang": true, "jiwa": true, "penduduk": true, "people": true,
	"unduhan": true, "download": true, "downloads": true,
	"penonton": true, "view": true, "views": true, "viewers": true,
	"pengikut": true, "follower": true, "followers": true,
	"mahasiswa": true, "siswa": true, "student": true, "students": true,
	"karyawan": true, "pegawai": true, "employee": true, "employees": true,
	"peserta": true, "participant": true, "participants": true,
	"subscriber": true, "subscribers": true, "pelaku": true,
}

// rupiahCountNounAfter reports whether the word right after an amount (at
// the start of after, past spaces) is one of rupiahCountNouns.
func rupiahCountNounAfter(after string) bool {
	after = strings.TrimLeft(after, " \u00a0")
	n := 0
	for n < len(after) && n < 16 && isLetterByte(after[n]) {
		n++
	}
	if n < 3 || n < len(after) && isLetterByte(after[n]) {
		return false
	}
	return rupiahCountNouns[strings.ToLower(after[:n])]
}
