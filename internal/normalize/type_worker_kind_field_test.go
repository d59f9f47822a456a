package normalize

import (
	"testing"

	"github.com/gigscout/gigscout/internal/model"
)

func TestWorkerKindField(t *testing.T) {
	for _, c := range []struct {
		field, title string
		want         model.JobType
	}{
		// a learner next to a tenure: the learner decides
		{"Apprentice (Fixed Term)", "Electrical Technician", model.TypeInternship},
		{"Trainee (Fixed Term)", "Laboratory Assistant", model.TypeInternship},
		{"Student (Fixed Term)", "Library Helper", model.TypeInternship},
		{"Fixed Term (Apprentice)", "Plumbing", model.TypeInternship},
		{"Student - Temporary", "Campus Guide", model.TypeInternship},
		{"Co-op (Limited Term)", "Mechanical Design", model.TypeInternship},
		{"Intern, Fixed-Term", "Marketing", model.TypeInternship},
		// contingent workers and the UK fixed-term contract
		{"Contingent", "Warehouse Picker", model.TypeContract},
		{"Contingent Worker", "Data Entry Clerk", model.TypeContract},
		{"Contingent Worker (Contractor)", "Cloud Engineer", model.TypeContract},
		{"FTC", "Payroll Officer", model.TypeContract},
		{"ftc", "Payroll Officer", model.TypeContract},
		// traps: left to the readers that already had them
		{"Fixed Term (Fixed Term)", "Accountant", model.TypeContract},
		{"Regular", "Accountant", model.TypeFullTime},
		{"Full time", "Accountant", model.TypeFullTime},
		{"Part-time student", "Barista", model.TypePartTime},
		{"Internal (Fixed Term)", "Auditor", model.TypeContract},
		{"International Full Time", "Sales Lead", model.TypeFullTime},
	} {
		if got := ParseType(c.field, c.title, ""); got != c.want {
			t.Errorf("ParseType(%q, %q) = %s, want %s", c.field, c.title, got, c.want)
		}
	}
}

func TestWorkerKindFieldAlone(t *testing.T) {
	for _, c := range []struct {
		field string
		want  model.JobType
	}{
		{"Trainee (Fixed Term)", model.TypeInternship},
		{"Contingent", model.TypeContract},
		// traps: no tenure beside the learner, a role that runs learners,
		// a sentence, words that only contain the keys
		{"Student", model.TypeUnknown},
		{"Intern Program Manager (Regular)", model.TypeUnknown},
		{"Student Services Coordinator - Temporary", model.TypeUnknown},
		{"We hire apprentices on fixed term contracts every autumn across all our sites", model.TypeUnknown},
		{"Contingency planning", model.TypeUnknown},
		{"Internally advertised (Fixed Term)", model.TypeUnknown},
		{"", model.TypeUnknown},
	} {
		if got := workerKindField(c.field); got != c.want {
			t.Errorf("workerKindField(%q) = %s, want %s", c.field, got, c.want)
		}
	}
}
