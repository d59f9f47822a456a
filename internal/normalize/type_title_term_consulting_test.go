package normalize

import (
	"testing"

	"github.com/gigscout/gigscout/internal/model"
)

func TestFixedTermTitleOverDefaultField(t *testing.T) {
	for _, c := range []struct {
		name, field, title, text string
		want                     model.JobType
	}{
		// A title naming a fixed term beats a permanent or full-time field.
		{"ftc title over permanent", "Permanent", "Payroll Lead - 9 month FTC", "", model.TypeContract},
		{"ftc in brackets over full time", "Full-time", "Data Architect (FTC)", "Join the data office.", model.TypeContract},
		{"interim head over permanent", "Permanent", "Interim Head of Finance", "", model.TypeContract},
		{"interim director over full time", "FULL_TIME", "Interim Operations Director", "Steer the plant.", model.TypeContract},
		{"interim cfo over permanent", "permanent", "Interim CFO", "", model.TypeContract},
		// Traps: the field stands when the title names no fixed term.
		{"trap: interim results analyst", "Permanent", "Interim Reporting Analyst", "", model.TypeFullTime},
		{"trap: interim not first", "Permanent", "Head of Interim Reporting", "", model.TypeFullTime},
		{"trap: federal trade commission", "Full-time", "FTC Compliance Counsel", "", model.TypeFullTime},
		{"trap: part-time field untouched", "Part-time", "Bookkeeper - 6 month FTC", "", model.TypePartTime},
		{"trap: plain permanent title", "Permanent", "Head of Platform", "", model.TypeFullTime},
	} {
		if got := ParseType(c.field, c.title, c.text); got != c.want {
			t.Errorf("%s: ParseType(%q, %q, %q) = %q, want %q", c.name, c.field, c.title, c.text, got, c.want)
		}
	}
}

func TestConsultingEngagementBody(t *testing.T) {
	for _, c := range []struct {
		name, title, text string
		want              model.JobType
	}{
		{"line opens with it", "Data Strategist", "Consulting engagement, fully remote.\nHelp us plan a data platform.", model.TypeContract},
		{"this is a month engagement", "Pricing Advisor", "Our retail client needs pricing help. This is a 4-month consulting engagement.", model.TypeContract},
		{"bare line", "Cloud Architect", "Consulting engagement\nReview our AWS estate.", model.TypeContract},
		// Traps: a consulting firm's hire, a role title, a plural.
		{"trap: plural engagements", "Strategy Associate", "You will lead consulting engagements with public sector clients.", model.TypeUnknown},
		{"trap: each engagement", "Associate", "You will own scoping for each consulting engagement.", model.TypeUnknown},
		{"trap: engagement manager role", "Manager", "Consulting engagement managers plan staffing and budgets.", model.TypeUnknown},
		{"trap: full-time consulting hire", "Business Analyst", "This is a full-time role. Consulting engagements run across Europe.", model.TypeFullTime},
	} {
		if got := ParseType("", c.title, c.text); got != c.want {
			t.Errorf("%s: ParseType(%q, %q) = %q, want %q", c.name, c.title, c.text, got, c.want)
		}
	}
}

func TestContractedVerbLine(t *testing.T) {
	for _, c := range []struct {
		name, text string
		want       model.JobType
	}{
		{"verb line", "a contracted tendon", model.TypeUnknown},
		{"verb line capital", "Supplier contracted", model.TypeUnknown},
		// Traps: the noun still reads contract.
		{"trap: contract line", "Contract role", model.TypeContract},
		{"trap: contractor line", "Independent contractor", model.TypeContract},
		{"trap: temporary line", "Temporary", model.TypeContract},
	} {
		if got := ParseType("", "Lab Technician", c.text); got != c.want {
			t.Errorf("%s: ParseType(%q) = %q, want %q", c.name, c.text, got, c.want)
		}
	}
}
