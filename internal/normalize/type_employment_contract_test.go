package normalize

import (
	"testing"
)

// An employment contract named alone as the type field is the regular
// post (full-time), as "CLT" and "CDI" read; its fixed-term and part-time
// forms, and a part-time word beside it, keep their own readings.
func TestEmploymentContractAlone(t *testing.T) {
	for _, c := range []struct{ field, want string }{
		{"Umowa o pracę", "full_time"},
		{"UoP", "full_time"},
		{"HPP", "full_time"},
		{"Hlavní pracovní poměr", "full_time"},
		{"Pracovní smlouva", "full_time"},
		{"Pracovná zmluva", "full_time"},
		{"Трудовой договор", "full_time"},
		{"Трудовий договір", "full_time"},
		{"Срочный трудовой договор", "contract"},
		{"Umowa o pracę, część etatu", "part_time"},
		{"Umowa zlecenie", "contract"},
		{"DPP", "part_time"},
	} {
		got := ParseType(c.field, "Magazynier", "")
		if string(got) != c.want {
			t.Errorf("type field %q: got %s, want %s", c.field, got, c.want)
		}
	}
}
