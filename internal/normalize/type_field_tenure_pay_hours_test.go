package normalize

import (
	"testing"

	"github.com/gigscout/gigscout/internal/model"
)

func TestTenurePayHoursCode(t *testing.T) {
	for _, c := range []struct {
		field, title string
		want         model.JobType
	}{
		{"Regular Salaried FT (100%) x 2", "Ward Clerk", model.TypeFullTime},
		{"Permanent Hourly PT ( 40% ) x 1", "Pharmacy Assistant", model.TypePartTime},
		{"Ongoing Hourly FT", "Porter", model.TypeFullTime},
		{"Permanent Non-Exempt PT", "Receptionist", model.TypePartTime},
		{"Perm FT x3", "Cleaner", model.TypeFullTime},
		// traps: a temporary word, another word, or no tenure or pay word
		{"Temporary Hourly FT (100%) until June", "Ward Clerk", model.TypeContract},
		{"Permanent Hourly", "Ward Clerk", model.TypeUnknown},
		{"Seasonal 8 FT counter", "Sales Advisor", model.TypeContract},
		{"Permanent Hourly FT PT", "Ward Clerk", model.TypeUnknown},
	} {
		if got := ParseType(c.field, c.title, ""); got != c.want {
			t.Errorf("ParseType(%q, %q) = %q, want %q", c.field, c.title, got, c.want)
		}
	}
	for _, c := range []struct {
		field string
		want  model.JobType
	}{
		{"Regular Hourly FT ( 100% ) x 1", model.TypeFullTime},
		{"Salaried PT", model.TypePartTime},
		{"FT", model.TypeUnknown}, // a bare code is read elsewhere
		{"Permanent Loft Crew", model.TypeUnknown},
		{"Regular FT shifts", model.TypeUnknown},
	} {
		if got := tenurePayHoursCode(c.field); got != c.want {
			t.Errorf("tenurePayHoursCode(%q) = %q, want %q", c.field, got, c.want)
		}
	}
}
