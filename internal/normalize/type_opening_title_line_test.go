package normalize

import (
	"testing"

	"github.com/gigscout/gigscout/internal/model"
)

func TestOpeningTitleLine(t *testing.T) {
	for _, c := range []struct {
		name, title, text string
		want              model.JobType
	}{
		{"internship line", "", "Product Design Internship at Northwind\nWork with our design leads.", model.TypeInternship},
		{"intern line with season", "", "Finance Intern - Fall 2027\nSupport month-end close.", model.TypeInternship},
		{"head before a dash", "", "Weekend Part Time Cashier Needed - great for students", model.TypePartTime},
		{"full time tag line", "", "Cloud Architect – Full Time – Remote\nDesign our AWS estate.", model.TypeFullTime},
		// traps
		{"trap: a sentence", "", "Earlier internship experience helps.\nYou will build dashboards.", model.TypeUnknown},
		{"trap: a title is given", "Senior Accountant", "Audit Internship Program at Northwind\nYou will mentor no one.", model.TypeUnknown},
		{"trap: lower-case words", "", "our interns love it here\nJoin the data team.", model.TypeUnknown},
		{"trap: program runner", "", "Internship Coordinator at Northwind\nRun our campus hiring.", model.TypeUnknown},
	} {
		if got := ParseType("", c.title, c.text); got != c.want {
			t.Errorf("%s: ParseType(%q, %q) = %s, want %s", c.name, c.title, c.text, got, c.want)
		}
	}
}
