package normalize

import (
	"testing"

	"github.com/gigscout/gigscout/internal/model"
)

// TestDurationTailType pins type_field_duration_tail.go (and the German
// board codes "vz" and "tz" in jobtype.go): a type field with
// the post's length after it in another language, values that are a
// length alone or name no type, and values that deny a term.
func TestDurationTailType(t *testing.T) {
	for _, c := range []struct {
		in   string
		want model.JobType
	}{
		{"Intérim - 2 Mois", model.TypeContract},
		{"CDD 9 mois", model.TypeContract},
		{"CDD (4 mois)", model.TypeContract},
		{"Temporal - 3 meses", model.TypeContract},
		{"Befristet, 12 Monate", model.TypeContract},
		{"Stage - 6 mois", model.TypeInternship},
		{"Tijdelijk contract - 6 maanden", model.TypeContract},
		{"6 mois", model.TypeUnknown},           // a length alone
		{"Mission - 3 mois", model.TypeUnknown}, // no term named
		// a denied term names none
		{"No contract details", model.TypeUnknown},
		{"Without a contract", model.TypeUnknown},
		{"No fixed term", model.TypeUnknown},
		{"Contract (no benefits)", model.TypeContract},
		// the German job board's working-time codes as the whole value
		{"vz", model.TypeFullTime},
		{"TZ", model.TypePartTime},
		{"vzq", model.TypeUnknown},
	} {
		if got := MapEmploymentType(c.in); got != c.want {
			t.Errorf("MapEmploymentType(%q) = %s, want %s", c.in, got, c.want)
		}
	}
}
