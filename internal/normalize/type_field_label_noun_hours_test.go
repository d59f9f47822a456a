package normalize

import (
	"testing"

	"github.com/gigscout/gigscout/internal/model"
)

// Our own wording of the shapes type_field_label_noun_hours.go reads.
func TestTypeLabelNounHours(t *testing.T) {
	cases := []struct {
		name, emp, title, text string
		want                   model.JobType
	}{
		{"label with open-ended value", "", "Data Analyst", "Acme Ltd\nContract type: Unlimited\nSkills\nSQL", model.TypeFullTime},
		{"label with permanent employment", "", "Data Analyst", "Acme Ltd\nContract type: Permanent employment\nSkills\nSQL", model.TypeFullTime},
		{"label with open-ended contract", "", "Data Analyst", "Employment type: Open-ended contract\nSkills: SQL", model.TypeFullTime},
		{"empty labels say nothing", "", "Data Analyst", "Acme Ltd\nContract type: -\nContract type:\nSkills\nSQL", model.TypeUnknown},
		{"label with fixed-term value", "", "Data Analyst", "Acme Ltd\nContract type: Fixed-term employment\nSkills\nSQL", model.TypeContract},
		{"field permanent employment", "Permanent employment", "Data Analyst", "", model.TypeFullTime},
		{"field casual hours employment", "Part-time employment", "Data Analyst", "", model.TypePartTime},
		{"field weekly hours full", "Turno de 45 horas semanales", "Enfermera", "", model.TypeFullTime},
		{"field weekly hours part", "Jornada de 16 horas semanales", "Enfermera", "", model.TypePartTime},
		{"field english weekly hours", "38 hours per week", "Clerk", "", model.TypeFullTime},
		{"field english weekly hours part", "24 hrs/week", "Clerk", "", model.TypePartTime},
		{"field hours between stays open", "32 hours per week", "Clerk", "", model.TypeUnknown},
		{"korean part-time title", "", "파트타임 바리스타", "", model.TypePartTime},
		{"korean contract convertible to permanent", "", "정규직 전환형 계약직 디자이너", "", model.TypeContract},
		{"korean permanent title still read", "", "정규직 간호사 모집", "", model.TypeFullTime},
	}
	for _, c := range cases {
		if got := ParseType(c.emp, c.title, c.text); got != c.want {
			t.Errorf("%s: ParseType(%q, %q, %q) = %v, want %v", c.name, c.emp, c.title, c.text, got, c.want)
		}
	}
}

func TestTypeLabelNounHoursTraps(t *testing.T) {
	for _, c := range []struct{ emp, want string }{
		{"Unlimited", "unknown"},                    // a bare qualifier in the field stays unread
		{"Fewer than 20 hours per week", "unknown"}, // a bound, not the hours
		{"Unlimited contract", "full_time"},         // an open-ended contract
	} {
		if got := string(ParseType(c.emp, "Clerk", "")); got != c.want {
			t.Errorf("ParseType(%q) = %s, want %s", c.emp, got, c.want)
		}
	}
}
