package normalize

import (
	"testing"

	"github.com/gigscout/gigscout/internal/model"
)

// A contract named as the work's subject in a title is not contract work;
// a contract named as the terms still is.
func TestTitleContractNounSubjects(t *testing.T) {
	for _, c := range []struct {
		title string
		want  model.JobType
	}{
		{"Lead QA Engineer, Consumer-Driven Contract Testing", model.TypeUnknown},
		{"Staff Engineer - Schema and API Contracts", model.TypeUnknown},
		{"Director, Supplier Contract Performance", model.TypeUnknown},
		{"Programme Lead - Federal Contract Programs", model.TypeUnknown},
		{"Analyst, Client Contract Onboarding", model.TypeUnknown},
		{"Platform Manager - Contract Tooling & Automation", model.TypeUnknown},
		// traps: the contract is the terms
		{"Contract Platform Engineer", model.TypeContract},
		{"QA Tester (Contract)", model.TypeContract},
		{"Contract Programmer - Payments", model.TypeContract},
		{"Backend Developer - 9 month contract", model.TypeContract},
		{"Contract Test Analyst", model.TypeContract},
	} {
		if got := ParseType("", c.title, ""); got != c.want {
			t.Errorf("ParseType(%q) = %s, want %s", c.title, got, c.want)
		}
	}
}
