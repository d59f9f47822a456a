package normalize

import (
	"strings"
	"testing"
)

// TestCountryNamesWorld pins country names written in other languages
// (regions_country_names_world.go), and the words it leaves out on purpose.
func TestCountryNamesWorld(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"Télétravail, Allemagne", "DE"},
		{"Lavoro da remoto - Regno Unito", "GB"},
		{"Remote (Bulharsko)", "BG"},
		{"Віддалено, Німеччина", "DE"},
		{"Удалённо: Великобритания", "GB"},
		{"Γερμανία", "DE"},
		{"Uzaktan - İspanya", "ES"},
		{"UZAKTAN - İSPANYA", "ES"},
		{"Kerja remote, Jerman", "DE"},
		{"Làm việc từ xa - Hoa Kỳ", "US"},
		{"美国", "US"},
		{"リモート（ドイツ）", "DE"},
		{"원격 근무 - 독일", "DE"},
		{"Hindistan", "IN"},
		{"Royaume-Uni", "GB"},
		{"Zdalnie, Stany Zjednoczone", "US"},
		{"Praca zdalna - Wielka Brytania", "GB"},
		{"Российская Федерация", "RU"},
		{"Teletrabajo desde Camboya", "KH"},
		{"Samoa Amerika", "AS"},       // the longer name, not Samoa
		{"Apia, Samoa", "WS"},         // Samoa alone stays the independent state
		{"Brasília, Brasilien", "BR"}, // German name beside the capital
	} {
		if got := strings.Join(Regions(tc.in), ","); got != tc.want {
			t.Errorf("Regions(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
	// Traps: words that look like a country's name in another language.
	for _, in := range []string{
		"Thẩm mỹ viện tuyển nhân viên",   // "mỹ" is aesthetics here, not America
		"Phương pháp làm việc linh hoạt", // "pháp" in "method"
		"Đạo đức nghề nghiệp",            // "đức" in "ethics"
		"Ý kiến của bạn",                 // "ý" is opinion
		"Indie game studio",
		"Chili cook-off on Fridays",
		"Cipro prescriptions",
		"Dania",
		"NGA contractor",
	} {
		if got := Regions(in); len(got) != 0 {
			t.Errorf("Regions(%q) = %v, want none", in, got)
		}
	}
}
