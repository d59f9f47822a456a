package normalize

import (
	"testing"

	"github.com/gigscout/gigscout/internal/model"
)

// A type field naming a job family about contracts is no hiring term; a
// title "Year Placement" is a placement year. Traps: a contract field, a
// contract with its length, and placement work that is no placement year.
func TestTypeContractFunctionAndYearPlacement(t *testing.T) {
	cases := []struct {
		field, title string
		want         model.JobType
	}{
		{"Contracts Management", "Commercial Analyst", model.TypeUnknown},
		{"Contract Administration", "Project Coordinator", model.TypeUnknown},
		{"Contracts & Procurement", "Buyer", model.TypeUnknown},
		{"Contract Management", "Commercial Intern", model.TypeInternship},
		{"", "Year Placement", model.TypeInternship},
		{"", "Engineering Year Placement 2027", model.TypeInternship},

		{"Contract", "Data Analyst", model.TypeContract},
		{"Contract - 6 months", "Data Analyst", model.TypeContract},
		{"Contractor", "Designer", model.TypeContract},
		{"", "Job Placement Specialist", model.TypeUnknown},
	}
	for _, c := range cases {
		if got := ParseType(c.field, c.title, ""); got != c.want {
			t.Errorf("ParseType(%q, %q) = %s, want %s", c.field, c.title, got, c.want)
		}
	}
}
