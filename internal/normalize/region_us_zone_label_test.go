package normalize

import (
	"strings"
	"testing"

	"github.com/gigscout/gigscout/internal/model"
)

// Lower-case zone labels in a location field ("us-west", "us-central-1")
// name the United States; a pronoun "us" never carries a compass word.
func TestUSZoneLabelLocation(t *testing.T) {
	cases := []struct {
		loc  string
		want string
	}{
		{"us-central", "US"},
		{"us-west-2", "US"},
		{"us-southeast", "US"},
		{"us-north, remote", "US"},
		// traps: no compass word, a word that only starts like one, a
		// hyphen before "us", and a pronoun in a longer phrase.
		{"us-based", ""},
		{"us-eastwood", ""},
		{"join-us-east", ""},
		{"with us east of the river", ""},
	}
	for _, c := range cases {
		p := &model.Posting{Title: "Cloud Engineer", Locations: []string{c.loc}, RemoteHint: "Remote"}
		got := strings.Join(Normalize(p, Options{}).RemoteRegions, ",")
		if got != c.want {
			t.Errorf("%q: regions %q, want %q", c.loc, got, c.want)
		}
	}
}
