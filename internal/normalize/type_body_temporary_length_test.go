package normalize

import (
	"testing"

	"github.com/gigscout/gigscout/internal/model"
)

func TestTemporaryLengthPost(t *testing.T) {
	for _, c := range []struct {
		name, title, text string
		want              model.JobType
	}{
		{"length with hyphen", "Office Assistant", "We need someone for a temporary 4-month cover position in our finance team.", model.TypeContract},
		{"length in words", "Receptionist", "This is a temporary nine month contract, starting in March.", model.TypeContract},
		{"leave cover", "Pharmacist", "A temporary 10-week maternity leave cover post at our city branch.", model.TypeContract},
		{"long", "Lab Technician", "Temporary, six-month-long placement in the virology lab.", model.TypeContract},
		// traps
		{"no post named", "Recruiter", "After a temporary 3-month pause in hiring we are growing again.", model.TypeUnknown},
		{"reader's past", "Data Clerk", "You have previously held a temporary 6-month role in data entry.", model.TypeUnknown},
		{"length without temporary", "Designer", "Our 6-month roadmap role is to ship the redesign.", model.TypeUnknown},
	} {
		if got := ParseType("", c.title, c.text); got != c.want {
			t.Errorf("%s: ParseType(%q, %q) = %s, want %s", c.name, c.title, c.text, got, c.want)
		}
	}
}
