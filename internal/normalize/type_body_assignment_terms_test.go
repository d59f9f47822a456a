package normalize

import (
	"testing"

	"github.com/gigscout/gigscout/internal/model"
)

// An agency's assignment-duration label, and a job said to be for a
// contractor.
func TestAssignmentTermsBody(t *testing.T) {
	runBodyTypeCases(t, "Project Accountant", []bodyTypeCase{
		{"Location: Leeds\nLength of assignment: permanent\nSalary: DOE", model.TypeFullTime},
		{"Length of the engagement: ongoing", model.TypeFullTime},
		{"Duration of the assignment: 4 months, possible extension", model.TypeContract},
		{"Length of contract: 10 weeks", model.TypeContract},
		{"Duration of placement: temporary", model.TypeContract},
		{"The opening is for a freelance contractor working on our billing system.", model.TypeContract},
		{"This opportunity is open to an independent contractor based in Ohio.", model.TypeContract},
		// traps
		{"The duration of the assignment will be discussed at interview.", model.TypeUnknown},
		{"Our role is for a contractor's safety officer to audit sites.", model.TypeUnknown},
	})
}

// A label line listing a past internship as a requirement names no
// internship.
func TestTypeLabelInternshipExperience(t *testing.T) {
	runBodyTypeCases(t, "Research Assistant", []bodyTypeCase{
		{"Job type: Part-time, previous internship experience a plus.", model.TypePartTime},
		{"Employment type: Full time, some internship experience helps", model.TypeFullTime},
		// trap: the internship is the type
		{"Job types: Full-time, Internship", model.TypeInternship},
	})
}
