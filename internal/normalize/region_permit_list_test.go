package normalize

import (
	"strings"
	"testing"

	"github.com/gigscout/gigscout/internal/model"
)

// TestPermitListWidens pins a permission sentence that lists the
// field's own place among others: the regions grow to the whole list. A
// list that leaves the field's place out, a denial and a worldwide field
// change nothing.
func TestPermitListWidens(t *testing.T) {
	for _, c := range []struct {
		name, loc, text, want string
	}{
		{"office field and a may-work list", "Austin, TX (HQ), Remote", "You may work remotely from the US, Mexico or Brazil.", "US,MX,BR"},
		{"remote us and an open-to list", "Remote - United States", "The team is open to applicants based in the United States and Canada.", "US,CA"},
		{"remote role in a country and parts of a continent", "Remote", "A remote role in the UK and parts of Europe, overlapping London hours.", "GB,EU"},
		{"anywhere in two countries beside a city field", "Vancouver, BC", "This position is remote: work from anywhere in Canada or the United States.", "CA,US"},
		{"trap: list without the field's place", "Remote - US", "You can work remotely from Chile or Peru.", "US"},
		{"trap: denied list", "Remote - US", "You cannot work remotely from the UK or Ireland, only the US.", "US"},
		{"trap: worldwide field stays", "Remote - Worldwide", "You can work remotely from the US, Canada or Mexico.", "worldwide"},
		{"trap: a single place repeats the field", "Remote - Germany", "You can work remotely from Germany.", "DE"},
	} {
		l := Normalize(&model.Posting{Title: "Support Lead", Locations: []string{c.loc}, DescriptionText: c.text}, Options{})
		if got := strings.Join(l.RemoteRegions, ","); got != c.want {
			t.Errorf("%s: got %q (%s), want %q", c.name, got, l.Remote, c.want)
		}
	}
}
