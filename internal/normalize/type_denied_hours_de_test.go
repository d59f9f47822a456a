package normalize

import (
	"testing"

	"github.com/gigscout/gigscout/internal/model"
)

// Fields and descriptions in this project's own wording for
// type_denied_hours.go: hours ruled out are not the post's hours.
func TestGermanDeniedHours(t *testing.T) {
	runBodyTypeCases(t, "Sachbearbeitung", []bodyTypeCase{
		{"Keine Teilzeit möglich. Vollzeit, 39 Stunden pro Woche.", model.TypeFullTime},
		{"Die Stelle ist in Vollzeit zu besetzen, nicht in Teilzeit.", model.TypeFullTime},
		{"Teilzeit, 20 Stunden pro Woche (keine Vollzeitstelle).", model.TypePartTime},
		{"Leider keine Teilzeitstelle.", model.TypeUnknown},
		{"Nicht als Teilzeitkraft.", model.TypeUnknown},
		// traps: the denial is not of the hours, or not right before them
		{"Kein Problem: auch in Teilzeit möglich.", model.TypePartTime},
		{"Teilzeit 25 Stunden, keine Wochenenden.", model.TypePartTime},
		{"Vollzeit 40 Stunden.", model.TypeFullTime},
	})
	for _, c := range []struct {
		field string
		want  model.JobType
	}{
		{"Keine Teilzeit", model.TypeUnknown},
		{"Vollzeit (keine Teilzeit)", model.TypeFullTime},
		{"Teilzeit", model.TypePartTime},
	} {
		if got := ParseType(c.field, "Sachbearbeitung", ""); got != c.want {
			t.Errorf("ParseType(field %q) = %s, want %s", c.field, got, c.want)
		}
	}
}
