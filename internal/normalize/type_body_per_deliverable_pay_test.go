package normalize

import (
	"testing"

	"github.com/gigscout/gigscout/internal/model"
)

func TestPerDeliverablePay(t *testing.T) {
	for _, c := range []struct {
		name, title, text string
		want              model.JobType
	}{
		{"paid per task", "Image Tagger", "Work from home, paid per approved task.", model.TypeProject},
		{"payment per article", "Tech Writer", "Payment per article; two articles a month.", model.TypeProject},
		{"per-video rate", "Editor", "We offer a per-video rate for short clips.", model.TypeProject},
		{"pay per audio minute", "Captioner", "Pay per audio minute transcribed.", model.TypeProject},
		// traps
		{"trap: paid per hour", "Tutor", "Paid per hour of tutoring.", model.TypeUnknown},
		{"trap: per diem", "Auditor", "Paid per diem when travelling.", model.TypeUnknown},
		{"trap: a bonus", "Engineer", "This is a full-time role. A bonus paid per milestone shipped.", model.TypeFullTime},
	} {
		if got := ParseType("", c.title, c.text); got != c.want {
			t.Errorf("%s: ParseType(%q, %q) = %s, want %s", c.name, c.title, c.text, got, c.want)
		}
	}
}

// TestPerDeliverableBasis pins the "per-task basis" form, whose only key is
// "basis".
func TestPerDeliverableBasis(t *testing.T) {
	if got := perDeliverablePayType("Work is offered on a per-task basis through our app."); got != model.TypeProject {
		t.Errorf("got %q, want project", got)
	}
}
