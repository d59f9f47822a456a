package normalize

import "testing"

// Polish internship-programme phrases and German Praktikum compounds in
// titles, and type fields that lead with a fixed term before the hours,
// in this project's own wording, with the traps they must leave alone.
func TestTitlePraktykAndFixedTermField(t *testing.T) {
	cases := []struct{ field, title, want string }{
		{"", "Program praktyk wakacyjnych - Księgowość", "internship"},
		{"", "Oferta praktyk studenckich: Marketing", "internship"},
		{"", "Praktyk letnich edycja 2027 - Logistyka", "internship"},
		{"", "Pflichtpraktikum Personalwesen (m/w/d)", "internship"},
		{"", "Auslandspraktikum Einkauf in Lyon", "internship"},
		{"", "Praxissemester Elektrotechnik", "internship"},
		{"Fixed term - part time", "Library Assistant", "contract"},
		{"Fixed-Term, Part Time (20 hrs)", "Research Officer", "contract"},
		{"FIXED TERM FULL TIME", "Project Officer", "contract"},
		// Traps: a Polish practitioner, German words that only hold the
		// letters, the hours named before the term, and a fixed schedule.
		{"", "Praktyk HR - Kadry i Płace", "unknown"},
		{"", "Praktikumsbetreuer Ausbildung", "unknown"},
		{"", "Programista Java", "unknown"},
		{"Part time, fixed term", "Library Assistant", "part_time"},
		{"Fixed hours - part time", "Cashier", "part_time"},
		{"Permanent - part time", "Receptionist", "part_time"},
	}
	for _, c := range cases {
		if got := ParseType(c.field, c.title, ""); string(got) != c.want {
			t.Errorf("ParseType(field %q, title %q) = %s, want %s", c.field, c.title, got, c.want)
		}
	}
}
