package normalize

import (
	"testing"

	"github.com/gigscout/gigscout/internal/model"
)

func TestTenureOnlyFieldPartTime(t *testing.T) {
	for _, c := range []struct {
		field, title, text string
		want               model.JobType
	}{
		{"Permanent", "Library Assistant", "Contracted hours: FTE 0.5, Monday to Wednesday.", model.TypePartTime},
		{"Regular", "Lab Technician", "This is a part-time position of 24 hours per week.", model.TypePartTime},
		{"Ongoing", "Tutor", "We are hiring a part-time tutor for evenings.", model.TypePartTime},
		{"permanent position", "Receptionist", "Part time: mornings only.", model.TypePartTime},
		// traps: the text types the post otherwise, says nothing, or the
		// field names more than the tenure
		{"Permanent", "Library Assistant", "Full-time, 37.5 hours per week.", model.TypeFullTime},
		{"Permanent", "Library Assistant", "Join our friendly team.", model.TypeFullTime},
		{"Regular", "Analyst", "", model.TypeFullTime},
		{"Permanent Full-time", "Library Assistant", "Part-time hours are possible after a year.", model.TypeFullTime},
		{"Temporary", "Library Assistant", "Part time, FTE 0.6.", model.TypeContract},
	} {
		if got := ParseType(c.field, c.title, c.text); got != c.want {
			t.Errorf("ParseType(%q, %q, %q) = %q, want %q", c.field, c.title, c.text, got, c.want)
		}
	}
}
