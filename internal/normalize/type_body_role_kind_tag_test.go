package normalize

import (
	"testing"

	"github.com/gigscout/gigscout/internal/model"
)

func TestRoleKindTag(t *testing.T) {
	for _, c := range []struct {
		name, title, text string
		want              model.JobType
	}{
		{"bracket full", "", "Lead Platform Developer (full-time) for our payments core.", model.TypeFullTime},
		{"bracket part with hours", "", "We need a Community Manager (part-time, 18 hrs a week) to run our forum.", model.TypePartTime},
		{"bracket contract with length", "", "Hiring a UI Engineer (Contract, 4 months) to finish the dashboard.", model.TypeContract},
		{"bracket freelance", "", "Seeking a Motion Designer (freelance) for product videos.", model.TypeContract},
		{"dash full", "", "Payroll Specialist – full-time – joining the finance desk.", model.TypeFullTime},
		{"dash part at line end", "", "Store Cashier - part time\nEvenings and weekends.", model.TypePartTime},
		{"titled post, tag in text", "Engineer", "About the role: Site Engineer (fixed-term) on our bridge project.", model.TypeContract},
		// traps
		{"trap: full-time equivalent", "", "Budget covers one Analyst FTE (full-time equivalent) next year.", model.TypeUnknown},
		{"trap: tag goes on", "", "Benefits (full-time staff only) include dental.", model.TypeUnknown},
		{"trap: contract negotiation after a dash", "", "Core duties – contract negotiation with suppliers.", model.TypeUnknown},
		{"trap: head count", "", "We are 60 Employees (full-time) across two sites.", model.TypeUnknown},
		{"trap: lower-case word", "", "a team of engineers (full-time) builds the app.", model.TypeUnknown},
		{"trap: reader's past", "", "You previously worked as a Data Analyst (contract) at a bank.", model.TypeUnknown},
	} {
		if got := ParseType("", c.title, c.text); got != c.want {
			t.Errorf("%s: ParseType(%q, %q) = %s, want %s", c.name, c.title, c.text, got, c.want)
		}
	}
}
