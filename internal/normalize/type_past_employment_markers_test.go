package normalize

import (
	"testing"

	"github.com/gigscout/gigscout/internal/model"
)

func TestPastEmploymentMarkers(t *testing.T) {
	for _, c := range []struct {
		name, title, text string
		want              model.JobType
	}{
		{"earlier employment listed", "Warehouse Supervisor", "Nice to have: previous employment with our group as an intern, employee or contractor.", model.TypeUnknown},
		{"current or previous", "Site Guard", "Current or previous employment here as an intern counts in your favour.", model.TypeUnknown},
		// traps: the post's own kind still reads
		{"post is an internship", "Marketing", "You will join the brand team as an intern for the summer.", model.TypeInternship},
		{"employment named later in another sentence", "Marketing", "You will work as an intern. Previous employment in retail helps.", model.TypeInternship},
	} {
		if got := ParseType("", c.title, c.text); got != c.want {
			t.Errorf("%s: ParseType(%q, %q) = %s, want %s", c.name, c.title, c.text, got, c.want)
		}
	}
}
