package normalize

import (
	"testing"

	"github.com/gigscout/gigscout/internal/model"
)

// TestOnCallField pins the bare on-call values of atsFieldValues: work
// called in as needed reads as a contract, as PRN does; on call beside
// casual stays part time, and on call inside other words is no type.
func TestOnCallField(t *testing.T) {
	for _, c := range []struct {
		field string
		want  model.JobType
	}{
		{"On-Call", model.TypeContract},
		{"on call", model.TypeContract},
		{"ON_CALL", model.TypeContract},
		{"Oncall", model.TypeContract},
		{"On Call / PRN", model.TypeContract},
		{"As needed (on-call)", model.TypeContract},
		// traps
		{"Casual On-Call", model.TypePartTime},
		{"Casual or on-call", model.TypePartTime},
		{"Full-time, on call weekends", model.TypeFullTime},
		{"On-call engineer", model.TypeUnknown},
	} {
		if got := ParseType(c.field, "Care Assistant", ""); got != c.want {
			t.Errorf("ParseType(%q) = %v, want %v", c.field, got, c.want)
		}
	}
}
