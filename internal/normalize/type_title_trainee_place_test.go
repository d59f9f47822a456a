package normalize

import (
	"testing"

	"github.com/gigscout/gigscout/internal/model"
)

// TestTitleTraineePlaceAndHyphenedWorkingStudent pins two title forms of an
// internship: a Nordic "trainee place" word, and "working student" written
// with a hyphen. Titles made up for this test; traps stay as they were.
func TestTitleTraineePlaceAndHyphenedWorkingStudent(t *testing.T) {
	cases := []struct {
		title string
		want  model.JobType
	}{
		{"Praktikplats ekonomiavdelningen", model.TypeInternship},
		{"Praktikplads i kommunikation", model.TypeInternship},
		{"Praksisplass innen regnskap", model.TypeInternship},
		{"Working-Student Marketing Analytics", model.TypeInternship},
		{"Working student - Controlling", model.TypeInternship},
		// traps: a place word inside a longer word, and working students as a group
		{"Praktikplatsansvarig skolan", model.TypeUnknown},
		{"Working Students Union Liaison", model.TypeUnknown},
	}
	for _, c := range cases {
		if got := ParseType("", c.title, ""); got != c.want {
			t.Errorf("ParseType(title %q) = %q, want %q", c.title, got, c.want)
		}
	}
}
