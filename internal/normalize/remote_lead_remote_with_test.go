package normalize

import (
	"testing"

	"github.com/gigscout/gigscout/internal/model"
)

// A line that opens with "Remote with ..." and names only an optional
// office, a coworking allowance or office access stays remote; an office
// schedule after "Remote with" still reads hybrid.
func TestRemoteLeadRemoteWithOptional(t *testing.T) {
	cases := []struct {
		text string
		want model.Remote
	}{
		{"Remote with optional desk space in our Leeds hub", model.RemoteRemote},
		{"Remote with an optional coworking membership", model.RemoteRemote},
		{"Remote with coworking allowance for the right candidate", model.RemoteRemote},
		{"Remote with office access in Denver if you want it", model.RemoteRemote},
		{"Remote with optional team meetups twice a year", model.RemoteRemote},
		{"Remote with 2 days in office each week", model.RemoteHybrid},
	}
	for _, c := range cases {
		got := ParseRemote("", nil, c.text)
		if got.Remote != c.want {
			t.Errorf("%q: got %s (%s), want %s", c.text, got.Remote, got.Evidence, c.want)
		}
	}
}
