package normalize

import "testing"

// Titles and field values in this project's own wording for
// type_title_holiday_help_de.go, with the traps they must leave alone.
func TestHolidayHelpGerman(t *testing.T) {
	cases := []struct{ field, title, want string }{
		{"", "Ferienaushilfe Lager (m/w/d)", "contract"},
		{"", "Saisonaushilfe im Biergarten", "contract"},
		{"", "Sommeraushilfe Freibad Kasse", "contract"},
		{"", "Weihnachtsaushilfen für unseren Shop", "contract"},
		{"", "Urlaubsaushilfe Empfang", "contract"},
		{"", "Saisonkraft Service Hotel", "contract"},
		{"", "Saisonkräfte Ernte gesucht", "contract"},
		{"Ferienaushilfe", "Mitarbeiter Montage", "contract"},
		{"Weihnachtsaushilfen", "Verkauf", "contract"},
		// Traps: a plain Aushilfe names no term; other words that start alike.
		{"", "Aushilfe Bäckerei Verkauf", "part_time"},
		{"Aushilfe", "Mitarbeiter Montage", "part_time"},
		{"", "Ferienwohnung Reinigungskraft", "unknown"},
		{"", "Saisonplaner Einkauf", "unknown"},
		{"", "Aushilfskoordinator Personal", "unknown"},
	}
	for _, c := range cases {
		if got := ParseType(c.field, c.title, ""); string(got) != c.want {
			t.Errorf("ParseType(field %q, title %q) = %s, want %s", c.field, c.title, got, c.want)
		}
	}
}
