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
		{"Machine Setter - Permanent Contract - Night Shift", "", model.TypeFullTime},
		{"Dental Nurse (Permanent Position)", "", model.TypeFullTime},
		{"Line Cook | permanent role", "", model.TypeFullTime},
		{"Warehouse Operative - Permanent Contract-Days", "", model.TypeFullTime},
		// traps
		{"Insurance Cover Analyst", "", model.TypeUnknown},
		{"Graduate Software Engineer", "", model.TypeUnknown},
		{"Zero Waste Coordinator", "", model.TypeUnknown},
		{"Store Assistant - Non-Permanent Contract", "", model.TypeContract},
		{"Receptionist - Permanent Contract, Part-Time 20 hours", "", model.TypePartTime},
	} {
		if got := ParseType(c.field, c.title, ""); got != c.want {
			t.Errorf("ParseType(%q, %q) = %s, want %s", c.field, c.title, got, c.want)
		}
	}
}
