package normalize

import "testing"

// titleLocalCases: titles in this project's own wording, read by
// type_title_local_words.go, and the traps it must leave alone.
var titleLocalCases = []struct{ title, want string }{
	{"Addetto logistica a tempo determinato", "contract"}, {"Contabile a tempo indeterminato", "full_time"},
	{"Cassiere tempo parziale", "part_time"}, {"Pasante de contabilidad", "internship"}, {"Recepcionista tiempo completo", "full_time"},
	{"Kassierer Minijob (m/w/d)", "part_time"}, {"Aushilfe Gastronomie", "part_time"}, {"Bijbaan horeca weekend", "part_time"},
	{"Sommarjobb kundtjänst", "contract"}, {"Kesätyöntekijä varastoon", "contract"},
	{"Stażystka w dziale marketingu", "internship"}, {"Стажер-разработчик", "internship"}, {"Оператор (подработка)", "part_time"},
	{"Yarı zamanlı barista", "part_time"}, {"兼职客服", "part_time"}, {"Magang Desain Grafis", "internship"},
	{"Nhân viên bán thời gian", "part_time"}, {"카페 아르바이트", "part_time"}, {"נציג שירות משרה חלקית", "part_time"}, {"محاسب دوام كامل", "full_time"},
	{"Juriste H/F CDI", "full_time"}, {"Assistant commercial - CDD", "contract"}, {"Technicien (CDD 6 mois)", "contract"},
	// Traps: English titles with the same letters, two kinds, English acronyms.
	{"CDI Specialist - Registered Nurse", "unknown"}, {"Clinical Documentation Integrity (CDI) Specialist", "unknown"},
	{"KYC/CDD Analyst", "unknown"}, {"Parcel Sorter", "unknown"}, {"Completion Engineer", "unknown"}, {"Integral Calculus Tutor", "unknown"},
	{"Staż pracy min. 5 lat - Kierownik budowy", "internship"},
}

func TestTitleLocalType(t *testing.T) {
	for _, c := range titleLocalCases {
		if got := ParseType("", c.title, ""); string(got) != c.want {
			t.Errorf("ParseType(title %q) = %s, want %s", c.title, got, c.want)
		}
	}
}
