package normalize

import (
	"testing"
	"time"

	"github.com/gigscout/gigscout/internal/model"
)

// A weekday home-working schedule makes a role whose mode nothing else
// states hybrid; five days at home, an event on a weekday, a role stated
// on-site (the day at home a perk) and a fully remote role are left as
// they are.
func TestHomeWeekdaysMode(t *testing.T) {
	for _, c := range []struct {
		text string
		locs []string
		want model.Remote
	}{
		{"Our office is in downtown Dallas; work from home on Fridays.", []string{"Dallas, TX"}, model.RemoteHybrid},
		{"Perks: WFH Fridays, a snack wall and a bike room.", []string{"Leeds, UK"}, model.RemoteHybrid},
		{"You can work from home on Mondays and Fridays.", nil, model.RemoteHybrid},
		{"Remote Fridays and a flexible start time.", []string{"Denver, CO"}, model.RemoteHybrid},
		{"We work from home every Wednesday.", nil, model.RemoteHybrid},
		{"Work-from-home Fridays.", []string{"Austin, TX"}, model.RemoteHybrid},
		{"Remote days: Monday and Friday.\nTeam: Finance", []string{"Omaha, NE"}, model.RemoteHybrid},
		{"WFH day: Wednesday", []string{"Omaha, NE"}, model.RemoteHybrid},
		{"Tuesdays and Thursdays from home, the rest of the week with the team in Lyon.", nil, model.RemoteHybrid},
		// traps
		{"You will work from home Monday to Friday.", nil, model.RemoteUnknown},         // five days: no office days named
		{"Join our remote Tuesday workshop for new interns.", nil, model.RemoteUnknown}, // an event
		{"This role is fully remote. We hold remote Fridays socials.", nil, model.RemoteRemote},
		{"In-office role; you may work from home on Fridays.", []string{"Leeds, UK"}, model.RemoteOnsite},
		{"Office hours are Monday to Thursday; remote appointments on Fridays.", nil, model.RemoteUnknown}, // opening hours
	} {
		p := model.Posting{Source: "t", ExternalID: "h", Title: "Coordinator", Locations: c.locs, DescriptionText: c.text}
		l := Normalize(&p, Options{Now: time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)})
		if l.Remote != c.want {
			t.Errorf("%q: got %s (%s), want %s", c.text, l.Remote, l.RemoteEvidence, c.want)
		}
	}
}
