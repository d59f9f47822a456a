package normalize

import (
	"testing"

	"github.com/gigscout/gigscout/internal/model"
)

func TestPayBasisThenHoursField(t *testing.T) {
	for _, c := range []struct {
		field string
		want  model.JobType
	}{
		{"Salaried; Part time", model.TypePartTime},
		{"salary / part-time", model.TypePartTime},
		{"Exempt, Part-Time", model.TypePartTime},
		{"Hourly, Full time", model.TypeFullTime},
		{"Salaried, full-time", model.TypeFullTime},
		// traps: other lists keep their first-known reading
		{"Salaried", model.TypeFullTime},
		{"Salaried, Part time, Full time", model.TypeFullTime},
		{"Part-time, Salaried", model.TypePartTime},
		{"Temporary, part-time", model.TypeContract},
	} {
		if got := MapEmploymentType(c.field); got != c.want {
			t.Errorf("MapEmploymentType(%q) = %v, want %v", c.field, got, c.want)
		}
	}
}

func TestContractPeriodProbationField(t *testing.T) {
	for _, c := range []struct {
		field string
		want  model.JobType
	}{
		{"Employment: Full-time staff Contract term: trial period", model.TypeFullTime},
		{"Full time employee. Contract Period: - Probation", model.TypeFullTime},
		{"Part-time staff Contract period: probationary", model.TypePartTime},
		// traps: a stated length is a fixed term; a label with no other value stays as it was
		{"Full time employee Contract Period: 6 months", model.TypeContract},
		{"Contract term: trial period", model.TypeContract},
		{"Contract Period: 12 months, probation 3 months", model.TypeContract},
	} {
		if got := MapEmploymentType(c.field); got != c.want {
			t.Errorf("MapEmploymentType(%q) = %v, want %v", c.field, got, c.want)
		}
	}
}
