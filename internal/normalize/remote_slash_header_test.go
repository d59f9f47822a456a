package normalize

import (
	"testing"

	"github.com/gigscout/gigscout/internal/model"
)

func TestSlashHeaderMode(t *testing.T) {
	for _, c := range []struct {
		locs []string
		text string
		want model.Remote
	}{
		{nil, "Data Analyst Lisbon, Portugal Analytics / Full time / Hybrid Apply now.", model.RemoteHybrid},
		{nil, "Platform / Full-Time / Remote", model.RemoteRemote},
		{nil, "Store Support / Part-time/On-site", model.RemoteOnsite},
		{nil, "Growth / Contract / Hybrid", model.RemoteHybrid},
		{[]string{"Remote - Spain"}, "Sales / Permanent / Hybrid", model.RemoteHybrid},
		// traps
		{nil, "We run a hybrid / multi-cloud platform on AWS and GCP.", model.RemoteUnknown},
		{nil, "Full time / Hybrid cloud experience is a plus.", model.RemoteUnknown},
		{nil, "Our full time staff ride hybrid bikes to work.", model.RemoteUnknown},
	} {
		if got := ParseRemote("", c.locs, c.text).Remote; got != c.want {
			t.Errorf("ParseRemote(%q, %q) = %s, want %s", c.locs, c.text, got, c.want)
		}
	}
}
