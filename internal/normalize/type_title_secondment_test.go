package normalize

import (
	"testing"

	"github.com/gigscout/gigscout/internal/model"
)

// A secondment named as a title's terms is a fixed-term post.
func TestTitleSecondment(t *testing.T) {
	for _, c := range []struct {
		title string
		want  model.JobType
	}{
		{"Policy Adviser (Secondment, 9 months)", model.TypeContract},
		{"Data Protection Officer - Secondment", model.TypeContract},
		{"Clinical Lead: 12 month secondment", model.TypeContract},
		{"Change Manager Secondment Opportunity", model.TypeContract},
		// traps
		{"Secondments Coordinator", model.TypeUnknown},
		{"Secondment Programme Manager", model.TypeUnknown},
	} {
		if got := ParseType("", c.title, ""); got != c.want {
			t.Errorf("ParseType(%q) = %s, want %s", c.title, got, c.want)
		}
	}
}
