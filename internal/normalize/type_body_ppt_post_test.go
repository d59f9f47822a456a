package normalize

import (
	"testing"

	"github.com/gigscout/gigscout/internal/model"
)

func TestPPTPost(t *testing.T) {
	for _, c := range []struct {
		name, title, text string
		want              model.JobType
	}{
		{"ppt role", "Enrolled Nurse", "PPT role on our surgical ward, 48 hours a fortnight.", model.TypePartTime},
		{"ppt positions", "Aged Care Worker", "Two PPT positions are open at our Ballarat home.", model.TypePartTime},
		{"ppt opportunity", "Midwife", "An exciting PPT opportunity has arisen.", model.TypePartTime},
		// traps
		{"slide deck", "Analyst", "Prepare PPT presentations for the board.", model.TypeUnknown},
		{"office skills", "Assistant", "Strong Excel and PPT skills; the role supports two directors.", model.TypeUnknown},
		{"lower case", "Trainer", "Update the ppt role-play slides each term.", model.TypeUnknown},
	} {
		if got := ParseType("", c.title, c.text); got != c.want {
			t.Errorf("%s: ParseType(%q, %q) = %s, want %s", c.name, c.title, c.text, got, c.want)
		}
	}
}
