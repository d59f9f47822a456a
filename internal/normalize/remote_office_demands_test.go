package normalize

import (
	"testing"
	"time"

	"github.com/gigscout/gigscout/internal/model"
)

// TestOfficeDemandsOnsite: a demand to be in the office or on site with no
// schedule of a few days makes a role on-site ("you are expected to be in
// the office", "this position requires you to be on site"); a schedule of
// days, a visit and "need" as a noun do not.
func TestOfficeDemandsOnsite(t *testing.T) {
	for _, c := range []struct {
		text string
		want model.Remote
	}{
		{"You are expected to be in the office Monday through Friday.", model.RemoteOnsite},
		{"Interns are expected in the office daily.", model.RemoteOnsite},
		{"You will be expected in the office.", model.RemoteOnsite},
		{"Analysts are required to be at our Leeds office.", model.RemoteOnsite},
		{"This position requires you to be on site in Chicago.", model.RemoteOnsite},
		{"This role requires being on site.", model.RemoteOnsite},
		{"The role requires you to work on-site.", model.RemoteOnsite},
		{"You will be in the office Monday through Friday.", model.RemoteOnsite},
		{"You'll work at our Chicago office Mon-Fri.", model.RemoteOnsite},
		// traps
		{"You will be in the office Monday through Friday during your first week; after that the role is fully remote.", model.RemoteRemote},
		{"Expect to be in the office every day for the first two weeks, then from home.", model.RemoteUnknown},
		{"You are expected in the office two days a week.", model.RemoteHybrid},
		{"You will be expected at the office for onboarding, then work from home.", model.RemoteRemote},
		{"Whatever you need in the office, just ask Sam.", model.RemoteUnknown},
	} {
		p := model.Posting{Source: "t", ExternalID: "d", Title: "Analyst Intern", Locations: []string{"Chicago, IL"}, DescriptionText: c.text}
		l := Normalize(&p, Options{Now: time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)})
		if l.Remote != c.want {
			t.Errorf("%q: got %s (%s), want %s", c.text, l.Remote, l.RemoteEvidence, c.want)
		}
	}
}
