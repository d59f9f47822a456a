package normalize

import (
	"testing"

	"github.com/gigscout/gigscout/internal/model"
)

func TestPermanentThenHours(t *testing.T) {
	for _, c := range []struct {
		in   string
		want model.JobType
	}{
		// a permanent post with part-time hours listed after the tenure
		{"Permanent, Part time - 16 hours per week", model.TypePartTime},
		{"permanent; part-time", model.TypePartTime},
		{"Perm, Part Time (22.5 hrs)", model.TypePartTime},
		// both schedules offered, or a full-time post: the first value decides as before
		{"Permanent, Full time, Part time", model.TypeFullTime},
		{"Permanent, Full time - 37.5 hours per week", model.TypeFullTime},
		// a fixed-term post stays a contract whatever its hours
		{"Fixed term, Part time", model.TypeContract},
		// no list, or no tenure: not this rule's business
		{"Part time", model.TypePartTime},
		{"Full-time, Permanent", model.TypeFullTime},
	} {
		if got := MapEmploymentType(c.in); got != c.want {
			t.Errorf("MapEmploymentType(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}
