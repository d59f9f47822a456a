package normalize

import "testing"

// Type fields of European boards (my own examples).
func TestTypeFieldNorwegianPolish(t *testing.T) {
	cases := []struct{ name, field, title, want string }{
		{"nav permanent category", "Faste stillinger", "Lærer", "full_time"},
		{"nav assignment", "Oppdrag", "Konsulent", "contract"},
		{"polish specific-work contract short", "UoD", "Grafik", "contract"},
		{"polish specific-work contract long", "Umowa o dzieło", "Grafik", "contract"},
		{"german either hours, full first", "Vollzeit oder Teilzeit", "Buchhalter (m/w/d)", "full_time"},
		{"english either hours, full first", "Full-time or part-time", "Cashier", "full_time"},
		{"trap: part first stays part", "Teilzeit", "Buchhalter (m/w/d)", "part_time"},
		{"trap: unrelated short field", "Fast", "Lærer", "full_time"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			if got := string(ParseType(c.field, c.title, "")); got != c.want {
				t.Errorf("ParseType(%q, %q) = %s, want %s", c.field, c.title, got, c.want)
			}
		})
	}
}
