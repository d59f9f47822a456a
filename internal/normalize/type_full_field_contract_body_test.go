package normalize

import (
	"testing"

	"github.com/gigscout/gigscout/internal/model"
)

// A field naming only full-time hours gives way to a description that calls
// the job itself a contract or temporary post.
func TestFullFieldContractBody(t *testing.T) {
	for _, c := range []struct {
		field, text string
		want        model.JobType
	}{
		{"Full Time", "About the job. This is a temporary role covering our busy season.", model.TypeContract},
		{"FULL_TIME", "This position is a 9-month fixed-term engagement with the data team.", model.TypeContract},
		{"Full-time", "This job is a contract role, billed weekly.", model.TypeContract},
		{"full time", "This is an initially contract to hire position.", model.TypeContract},
		// traps
		{"Full Time", "This is not a contract position; you join as staff.", model.TypeFullTime},
		{"Full Time", "We partner with contract manufacturers across Asia.", model.TypeFullTime},
		{"Permanent", "This is a temporary role for the first quarter.", model.TypeFullTime},
		{"Part Time", "This is a temporary role for the first quarter.", model.TypePartTime},
		{"Full Time", "Our temporary staff join the same benefits plan.", model.TypeFullTime},
	} {
		if got := ParseType(c.field, "Operations Coordinator", c.text); got != c.want {
			t.Errorf("ParseType(%q, %q) = %s, want %s", c.field, c.text, got, c.want)
		}
	}
}
