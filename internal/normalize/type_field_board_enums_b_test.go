package normalize

import (
	"testing"

	"github.com/gigscout/gigscout/internal/model"
)

// TestBoardEnumValuesB pins the employment-type values of job boards and
// ATSes read in the enum audit (audit B), in our own words: a Spanish
// fixed duration after "de" ("indetermin" sits inside "duración
// determinada" once the accent drops), a Spanish part day with its time of
// day, a tenure pair joined by a slash after the hours, two more Brazilian
// ATS codes, Norwegian project employment and a Dutch learn-work route;
// with traps that must keep their readings.
func TestBoardEnumValuesB(t *testing.T) {
	for _, c := range []struct {
		field string
		want  model.JobType
	}{
		{"de duración determinada", model.TypeContract},
		{"Contrato de duración determinada", model.TypeContract},
		{"Parcial - Tarde", model.TypePartTime},
		{"Parcial - Noche", model.TypePartTime},
		{"Parcial - Mañana", model.TypePartTime},
		{"Full Time, Temporary/Contractual", model.TypeContract},
		{"Part Time, Temporary/Contractual", model.TypePartTime},
		{"vacancy_type_trainee", model.TypeInternship},
		{"vacancy_type_autonomous", model.TypeContract},
		{"Prosjekt", model.TypeProject},
		{"Leer-werktraject", model.TypeInternship},
		// traps
		{"Contrato de duración indeterminada", model.TypeFullTime},
		{"Indeterminado", model.TypeFullTime},
		{"duración determinada", model.TypeContract},
		{"Parcial", model.TypePartTime},
		{"Full Time, Permanent", model.TypeFullTime},
		{"Full Time, Temporary", model.TypeContract},
		{"vacancy_type_effective", model.TypeFullTime},
		{"vacancy_type_associate", model.TypeFullTime},
		{"Prosjektleder", model.TypeUnknown},
		{"Leerwerkplek", model.TypeInternship},
	} {
		if got := ParseType(c.field, "Team Member", ""); got != c.want {
			t.Errorf("ParseType(%q) = %v, want %v", c.field, got, c.want)
		}
	}
}
