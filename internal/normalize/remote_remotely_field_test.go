package normalize

import (
	"testing"

	"github.com/gigscout/gigscout/internal/model"
)

// A board's remote question answered at the foot of an ad (remote_remotely_field.go).
func TestRemotelyFieldAnswers(t *testing.T) {
	cases := []struct {
		text string
		want model.Remote
	}{
		{"Schedule: Day shift\nWork Location: One location\nWork Remotely: No", model.RemoteOnsite},
		{"Job Type: Part-time\nWork remotely:\nYes", model.RemoteRemote},
		{"Benefits: Dental\nWork Remotely: Temporarily due to COVID-19", model.RemoteOnsite},
		{"Work Remotely: Sometimes", model.RemoteHybrid},
	}
	for _, c := range cases {
		if got := ParseRemote("", []string{"Akron, OH"}, c.text).Remote; got != c.want {
			t.Errorf("ParseRemote(%q) = %q, want %q", c.text, got, c.want)
		}
	}
}
