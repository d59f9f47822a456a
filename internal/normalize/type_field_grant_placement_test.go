package normalize

import (
	"testing"

	"github.com/gigscout/gigscout/internal/model"
)

// A type field naming a grant placement is an internship.
func TestGrantPlacementField(t *testing.T) {
	for _, c := range []struct {
		field, title string
		want         model.JobType
	}{
		{"Becas", "", model.TypeInternship},
		{"Beca de investigación", "", model.TypeInternship},
		{"Beca remunerada 6 meses", "Analista de datos", model.TypeInternship},
		{"Beca en prácticas", "", model.TypeInternship},
		{"BECA", "Auxiliar de laboratorio", model.TypeInternship},
		// traps: grants that are not the type, other words that open alike
		{"Becas y ayudas", "", model.TypeUnknown},
		{"Beca: no", "", model.TypeUnknown},
		{"Sin beca", "", model.TypeUnknown},
		{"Beckmann Gruppe", "", model.TypeUnknown},
		{"Becario", "", model.TypeInternship}, // already read as an internship
	} {
		if got := ParseType(c.field, c.title, ""); got != c.want {
			t.Errorf("ParseType(%q, %q) = %v, want %v", c.field, c.title, got, c.want)
		}
	}
}
