package normalize

import (
	"testing"

	"github.com/gigscout/gigscout/internal/model"
)

func TestContemporaryIsNotTemporaryField(t *testing.T) {
	for _, c := range []struct {
		field string
		want  model.JobType
	}{
		{"Contemporary gallery post", model.TypeUnknown},
		{"contemporary-art curator", model.TypeUnknown},
		{"Contemporary Design Studio", model.TypeUnknown},
		// traps: a real temporary word still reads as a contract
		{"Temporary", model.TypeContract},
		{"Temporary role", model.TypeContract},
		{"Contemporary museum, temporary", model.TypeContract},
		{"contemporary/temporary cover", model.TypeContract},
	} {
		if got := MapEmploymentType(c.field); got != c.want {
			t.Errorf("MapEmploymentType(%q) = %v, want %v", c.field, got, c.want)
		}
	}
}

func TestUmbrellaPayrollFrenchField(t *testing.T) {
	for _, c := range []struct {
		field string
		want  model.JobType
	}{
		{"Portage salarial", model.TypeContract},
		{"PORTAGE SALARIAL", model.TypeContract},
		{"Contrat de portage salarial", model.TypeContract},
		// traps: other French fields keep their reading
		{"CDI", model.TypeFullTime},
		{"Portage", model.TypeUnknown},
		{"Salarial", model.TypeUnknown},
	} {
		if got := MapEmploymentType(c.field); got != c.want {
			t.Errorf("MapEmploymentType(%q) = %v, want %v", c.field, got, c.want)
		}
	}
}
