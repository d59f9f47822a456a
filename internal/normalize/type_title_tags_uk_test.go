package normalize

import (
	"testing"

	"github.com/gigscout/gigscout/internal/model"
)

func TestTitleTagsUK(t *testing.T) {
	for _, c := range []struct {
		title, field string
		want         model.JobType
	}{
		{"Payroll Administrator (Maternity Cover)", "", model.TypeContract},
		{"Science Teacher - Maternity Leave Cover", "", model.TypeContract},
		{"Account Manager - 9 Month Mat Cover", "", model.TypeContract},
		{"Kitchen Porter (Casual)", "", model.TypePartTime},
		{"Support Worker - Zero Hours", "", model.TypePartTime},
		{"2028 Graduate Programme: Engineering", "Full-time", model.TypeFullTime},
		// traps
		{"Insurance Cover Analyst", "", model.TypeUnknown},
		{"Graduate Software Engineer", "", model.TypeUnknown},
		{"Zero Waste Coordinator", "", model.TypeUnknown},
	} {
		if got := ParseType(c.field, c.title, ""); got != c.want {
			t.Errorf("ParseType(%q, %q) = %s, want %s", c.field, c.title, got, c.want)
		}
	}
}
