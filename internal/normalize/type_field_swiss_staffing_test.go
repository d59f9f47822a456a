package normalize

import "testing"

// Swiss German staffing fields (type_field_european_kinds.go): staff
// leased out by an agency and a temporary post are contracts; an agency
// that only places people, and a permanent post, are not.
func TestSwissStaffingFields(t *testing.T) {
	for _, c := range []struct {
		name, emp, title, want string
	}{
		{"leased staff", "Personalverleih", "Elektriker EFZ", "contract"},
		{"leased staff capital", "PERSONALVERLEIH", "Schreiner", "contract"},
		{"temporary post", "Temporärstelle", "Logistiker", "contract"},
		{"temporary hire", "Temporäranstellung", "Sachbearbeiterin", "contract"},
		{"temporary assignment", "Temporäreinsatz", "Maurer", "contract"},
		{"temporary work", "Temporärarbeit", "Lagermitarbeiter", "contract"},
		// traps
		{"placement agency", "Personalvermittlung", "Buchhalter", "unknown"},
		{"permanent post", "Festanstellung", "Informatiker", "full_time"},
		{"staffing department", "Personalabteilung", "Sachbearbeiter", "unknown"},
	} {
		if got := ParseType(c.emp, c.title, ""); string(got) != c.want {
			t.Errorf("%s: ParseType(%q, %q) = %s, want %s", c.name, c.emp, c.title, got, c.want)
		}
	}
}
