package normalize

import (
	"testing"

	"github.com/gigscout/gigscout/internal/model"
)

func TestDotSegmentPlace(t *testing.T) {
	for _, c := range []struct {
		name, text string
		want       model.Remote
	}{
		{"hybrid and a city after a middle dot", "Staff · Hybrid, Manchester", model.RemoteHybrid},
		{"remote and a country after a bar", "Data engineer | Remote, Portugal", model.RemoteRemote},
		{"on-site and a city after a bullet", "Lead • On-site, Bangalore", model.RemoteOnsite},
		{"hybrid with a dash", "Mid-level · Hybrid - Toronto", model.RemoteHybrid},
		// traps: no place after the mode, the mode as another word, a long line
		{"hybrid cloud words", "Architect · Hybrid, multi-cloud", model.RemoteUnknown},
		{"remote sensing", "Remote Sensing, Ireland · Analyst", model.RemoteUnknown},
		{"no separator", "Senior, Hybrid, Manchester team lead wanted", model.RemoteUnknown},
	} {
		if got := ParseRemote("", nil, c.text).Remote; got != c.want {
			t.Errorf("%s: ParseRemote(%q) = %s, want %s", c.name, c.text, got, c.want)
		}
	}
}
