package normalize

import (
	"testing"

	"github.com/gigscout/gigscout/internal/model"
)

func TestApprenticeJoin(t *testing.T) {
	for _, c := range []struct {
		name, title, text string
		want              model.JobType
	}{
		{"start as an apprentice", "Joinery", "You will start as a trainee apprentice in our workshop.", model.TypeInternship},
		{"the apprenticeship runs", "Software", "The apprenticeship runs for two years with college days.", model.TypeInternship},
		// traps
		{"trap: apprentice supervisor", "Workshop Lead", "You will act as an apprentice supervisor for the site.", model.TypeUnknown},
		{"trap: past", "Electrician", "Having started as an apprentice, you now run jobs alone.", model.TypeUnknown},
		{"trap: apprenticeship coordinator", "HR", "You will work as an apprenticeship coordinator.", model.TypeUnknown},
	} {
		if got := ParseType("", c.title, c.text); got != c.want {
			t.Errorf("%s: ParseType(%q, %q) = %s, want %s", c.name, c.title, c.text, got, c.want)
		}
	}
}
