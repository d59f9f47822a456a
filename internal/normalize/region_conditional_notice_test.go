package normalize

import (
	"strings"
	"testing"

	"github.com/gigscout/gigscout/internal/model"
)

// TestConditionalNotice pins the head of a notice for some offices ("For
// positions based in X:"), which names no place a remote worker must be
// in, and traps: a demand without the head and a field region beside it.
func TestConditionalNotice(t *testing.T) {
	for _, c := range []struct {
		name, loc, text, want string
	}{
		{"fair chance notice for two cities", "Remote", "For positions based in Seattle or Tacoma: we consider qualified applicants with criminal histories.", ""},
		{"notice for roles in one city", "Remote", "For roles located in Chicago: see the local hiring ordinance.", ""},
		{"trap: a plain demand", "Remote", "You must be based in Seattle.", "US"},
		{"trap: the field still reads", "Remote - Canada", "For positions based in Seattle: see the ordinance.", "CA"},
	} {
		l := Normalize(&model.Posting{Title: "Payroll Specialist", Locations: []string{c.loc}, DescriptionText: c.text}, Options{})
		if got := strings.Join(l.RemoteRegions, ","); got != c.want {
			t.Errorf("%s: got %q (%s), want %q", c.name, got, l.Remote, c.want)
		}
	}
}
