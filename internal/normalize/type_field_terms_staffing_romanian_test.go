package normalize

import (
	"testing"

	"github.com/gigscout/gigscout/internal/model"
)

func TestStaffingRomanianFieldTerms(t *testing.T) {
	cases := []struct {
		field, title string
		want         model.JobType
	}{
		{"Part-time (fixed-term, 12 months)", "Library Assistant", model.TypePartTime},
		{"FIXED_TERM_PART_TIME", "Tutor", model.TypePartTime},
		{"Fixed term", "Tutor", model.TypeContract},
		{"Contract de muncă pe durată nedeterminată", "Inginer", model.TypeFullTime},
		{"Perioada determinata", "Inginer", model.TypeContract},
		{"Nedeterminată, normă parțială", "Casier", model.TypePartTime},
		{"nedeterminata", "Casier", model.TypeFullTime},
		{"Travel Nurse", "ICU RN", model.TypeContract},
		{"Travel contract", "Cath Lab Tech", model.TypeContract},
		{"Agency", "Care Assistant", model.TypeContract},
		{"Permanent placement", "Accountant", model.TypeFullTime},
		{"PRT", "Clerk", model.TypePartTime},
		{"FLT", "Clerk", model.TypeFullTime},
		{"Self-employed", "Plumber", model.TypeContract},
		{"постійна", "Кухар", model.TypeFullTime},
		{"Полная", "Повар", model.TypeFullTime},
		{"Часткова", "Продавець", model.TypePartTime},
		{"Danışman", "Yazılım Mimarı", model.TypeContract},
	}
	for _, c := range cases {
		if got := ParseType(c.field, c.title, ""); got != c.want {
			t.Errorf("ParseType(%q, %q) = %v, want %v", c.field, c.title, got, c.want)
		}
	}
}
