package normalize

import (
	"testing"

	"github.com/gigscout/gigscout/internal/model"
)

func TestInterimW2Type(t *testing.T) {
	for _, c := range []struct {
		name, title, text string
		want              model.JobType
	}{
		{"interim role with words between", "Finance Lead", "A housing charity needs an interim senior finance controller to see them through the audit.", model.TypeContract},
		{"as interim officer", "Operations", "You will step in as interim COO while the board recruits.", model.TypeContract},
		{"w2 hourly", "QA Tester", "Pay is W2 hourly through our agency. No C2C, please.", model.TypeContract},
		{"hourly on w-2", "Help Desk", "Paid hourly on W-2, 40 hours a week.", model.TypeContract},
		// traps
		{"the interim leader is a colleague", "Analyst", "You will report to the interim director of finance.", model.TypeUnknown},
		{"interim report", "Analyst", "You will prepare an interim report each quarter.", model.TypeUnknown},
		{"w2 form mention", "Payroll Clerk", "You will file W2 forms and answer payroll questions.", model.TypeUnknown},
	} {
		if got := ParseType("", c.title, c.text); got != c.want {
			t.Errorf("%s: ParseType(%q) = %s, want %s", c.name, c.text, got, c.want)
		}
	}
}
