package normalize

import (
	"testing"

	"github.com/gigscout/gigscout/internal/model"
)

// TestGermanCompoundField pins the stem-then-head reading of a one-word
// German type field; the strings are made up for this test.
func TestGermanCompoundField(t *testing.T) {
	cases := []struct {
		field string
		want  model.JobType
	}{
		{"Kaderanstellung", model.TypeFullTime},
		{"Daueranstellung", model.TypeFullTime},
		{"Saisonstelle", model.TypeContract},
		{"Zeitvertrag", model.TypeContract},
		{"Projektanstellung", model.TypeContract},
		{"Lehrstelle", model.TypeInternship},
		{"Praktikumsvertrag", model.TypeInternship},
		{"Ausbildungsstelle", model.TypeInternship},
		{"Teilzeitvertrag", model.TypePartTime},
		{"Ehrenamtsstelle", model.TypeVolunteer},
		// an unknown stem, a head alone and a field of several words stay unread here
		{"Bürostelle", model.TypeUnknown},
		{"Anstellung", model.TypeUnknown},
		{"Kader Anstellung", model.TypeUnknown},
	}
	for _, c := range cases {
		if got := germanCompoundFieldType(c.field); got != c.want {
			t.Errorf("germanCompoundFieldType(%q) = %q, want %q", c.field, got, c.want)
		}
	}
	if got := ParseType("Saisonanstellung", "Liftmitarbeiter:in", ""); got != model.TypeContract {
		t.Errorf("ParseType(Saisonanstellung) = %q, want contract", got)
	}
}
