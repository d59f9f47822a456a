package normalize

import (
	"testing"

	"github.com/gigscout/gigscout/internal/model"
)

// A working-day label with the work mode in the same type field reads by
// the label; a mode word with no day label stays unknown.
func TestDayLabelModeField(t *testing.T) {
	for _, c := range []struct {
		field string
		want  model.JobType
	}{
		{"Jornada completa en remoto", model.TypeFullTime},
		{"Temps plein - hybride", model.TypeFullTime},
		{"Jornada completa | Híbrido", model.TypeFullTime},
		{"Temps partiel en présentiel", model.TypePartTime},
		{"Media jornada presencial", model.TypePartTime},
		{"Tempo parziale in sede", model.TypePartTime},
		{"Teletrabajo - jornada parcial", model.TypePartTime},
		// traps: a mode alone, a mode with a bare "parcial" (partly remote), a day label that is no hours
		{"Teletrabajo parcial", model.TypeUnknown},
		{"Presencial", model.TypeUnknown},
		{"Jornada híbrida", model.TypeUnknown},
		{"Trabajo remoto", model.TypeUnknown},
		{"Remoto / presencial", model.TypeUnknown},
		// traps: readings that were already there stay
		{"Jornada completa, híbrida", model.TypeFullTime},
		{"Jornada parcial a distancia", model.TypePartTime},
		{"Part-time hybrid", model.TypePartTime},
		{"Contract remote", model.TypeContract},
	} {
		if got := ParseType(c.field, "", ""); got != c.want {
			t.Errorf("ParseType(%q) = %v, want %v", c.field, got, c.want)
		}
	}
}
