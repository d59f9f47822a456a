package normalize

import (
	"testing"

	"github.com/gigscout/gigscout/internal/model"
)

// TestContinuingAndMedioTiempoValues pins the "Continuing", "Interships" and "medio tiempo" entries of
// employmentTypes (jobtype.go), spanishEmploymentTypes (type_spanish.go) and titleLocalWords
// (type_title_local_words.go).
func TestContinuingAndMedioTiempoValues(t *testing.T) {
	for _, c := range []struct {
		name, field, title string
		want               model.JobType
	}{
		{"continuing field", "Continuing", "Lecturer in Nursing", model.TypeFullTime},
		{"continuing appointment", "Continuing Appointment", "Research Officer", model.TypeFullTime},
		{"misspelt internships", "Interships", "Marketing", model.TypeInternship},
		{"medio tiempo field", "Medio tiempo", "Cajero", model.TypePartTime},
		{"medio tiempo title", "", "Auxiliar contable de medio tiempo", model.TypePartTime},
		{"medio tiempo title bare", "", "Recepcionista medio tiempo", model.TypePartTime},
		// traps
		{"continuing education field", "Continuing education", "Program Coordinator", model.TypeUnknown},
		{"continuing education title", "", "Continuing Education Instructor", model.TypeUnknown},
		{"medio oriente", "", "Gerente de ventas Medio Oriente", model.TypeUnknown},
		{"tiempo completo stays", "", "Vendedor tiempo completo", model.TypeFullTime},
	} {
		if got := ParseType(c.field, c.title, ""); got != c.want {
			t.Errorf("%s: ParseType(%q, %q) = %s, want %s", c.name, c.field, c.title, got, c.want)
		}
	}
}
