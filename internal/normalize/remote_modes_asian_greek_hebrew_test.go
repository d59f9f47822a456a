package normalize

import (
	"testing"

	"github.com/gigscout/gigscout/internal/model"
)

// TestAsianGreekHebrewModes: whole workplace values, labelled values in a text and
// bracketed title phrases read by remote_modes_asian_greek_hebrew.go, with traps.
func TestAsianGreekHebrewModes(t *testing.T) {
	for _, c := range []struct {
		title, hint, text string
		want              model.Remote
	}{
		// Whole workplace values.
		{"Kỹ sư phần mềm", "Linh Hoạt", "", model.RemoteHybrid},
		{"Kỹ sư phần mềm", "Làm việc trực tiếp", "", model.RemoteOnsite},
		{"Λογιστής", "Φυσική Παρουσία", "", model.RemoteOnsite},
		{"Λογιστής", "Μόνο από απόσταση", "", model.RemoteRemote},
		{"นักบัญชี", "หน้างาน", "", model.RemoteOnsite},
		{"นักบัญชี", "รีโมท", "", model.RemoteRemote},
		{"מנהל חשבונות", "משרדי", "", model.RemoteOnsite},
		{"מנהל חשבונות", "עובדת מהבית", "", model.RemoteRemote},
		{"Akuntan", "Di Kantor", "", model.RemoteOnsite},
		{"Akauntan", "Di pejabat", "", model.RemoteOnsite},
		{"Accountant", "Sa opisina", "", model.RemoteOnsite},
		// Labelled values in a description.
		{"Muhasebeci", "", "Pozisyon detayları\nÇalışma Şekli: Hibrit\nDeneyim: 3 yıl", model.RemoteHybrid},
		{"Muhasebeci", "", "Çalışma yeri: İş yerinde. Haftada beş gün.", model.RemoteOnsite},
		{"Kế toán", "", "Hình thức làm việc: Từ xa\nMức lương: thỏa thuận", model.RemoteRemote},
		{"Staf Admin", "", "Sistem kerja: Di kantor, Senin sampai Jumat", model.RemoteOnsite},
		// A sentence of on-site work at the office.
		{"Kế toán", "", "Bạn sẽ làm việc tại văn phòng quận 1 cùng đội kế toán.", model.RemoteOnsite},
		// Titles.
		{"Staf Admin Toko Online (Kerja Dari Rumah)", "", "", model.RemoteRemote},
		{"Nhân viên chăm sóc khách hàng - Làm việc từ xa", "", "", model.RemoteRemote},
		{"Grafik Tasarımcı (Uzaktan)", "", "", model.RemoteRemote},
		// Traps: a flexible schedule, a bracket with more words after the word, a
		// label whose value is no work mode, a phrase with more words.
		{"Kế toán", "", "Thời gian làm việc linh hoạt, lương thưởng hấp dẫn.", model.RemoteUnknown},
		{"Sopir Truk (Jarak Jauh Antar Kota)", "", "", model.RemoteUnknown},
		{"Muhasebeci", "", "Çalışma şekli: tam zamanlı, kadrolu.", model.RemoteUnknown},
		{"Sopir (antar jemput dari rumah pelanggan)", "", "", model.RemoteUnknown},
	} {
		l := Normalize(&model.Posting{Source: "t", ExternalID: "1", Title: c.title, RemoteHint: c.hint, DescriptionText: c.text}, Options{})
		if l.Remote != c.want {
			t.Errorf("%q/%q/%q: remote %q, want %q (%s)", c.title, c.hint, c.text, l.Remote, c.want, l.RemoteEvidence)
		}
	}
}
