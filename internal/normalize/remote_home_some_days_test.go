package normalize

import (
	"testing"

	"github.com/gigscout/gigscout/internal/model"
)

// Home work on an uncounted share of the week. Written in our own words.
func TestRemoteHomeSomeDays(t *testing.T) {
	cases := []postingModeCase{
		{"home some days a week", model.Posting{Title: "Analyst", DescriptionText: "You may work from home some days a week."}, model.RemoteHybrid},
		{"wfh a few days per week", model.Posting{Title: "Analyst", DescriptionText: "WFH a few days per week, otherwise at our Leeds office."}, model.RemoteHybrid},
		{"remotely a couple of days", model.Posting{Title: "Analyst", DescriptionText: "Option to work remotely a couple of days a week."}, model.RemoteHybrid},
		{"share before home", model.Posting{Title: "Analyst", DescriptionText: "Several days a week from home are possible."}, model.RemoteHybrid},
		{"home office on a remote listing", model.Posting{Title: "Analyst", Locations: []string{"Remote"}, DescriptionText: "Flexible hours and home office some days a week."}, model.RemoteHybrid},
		// traps: a yearly share, a share not tied to home work, plain home work
		{"days a year stays remote", model.Posting{Title: "Analyst", DescriptionText: "Work remotely a few days a year from anywhere you like."}, model.RemoteRemote},
		{"meetings some days a week", model.Posting{Title: "Analyst", DescriptionText: "This is a fully remote role; the team meets some days a week on video."}, model.RemoteRemote},
		{"plain home work", model.Posting{Title: "Analyst", DescriptionText: "We work from home."}, model.RemoteRemote},
	}
	runPostingModeCases(t, cases)
}

func TestHomeSomeDaysWeek(t *testing.T) {
	for _, c := range []struct {
		in   string
		want bool
	}{
		{"work from home some days a week", true},
		{"telework certain days of the week", true},
		{"a few days per week remotely", true},
		{"work from home some days", false},
		{"remote a few days a month", false},
		{"in the office some days a week", false},
	} {
		if got := homeSomeDaysWeek(c.in) != nil; got != c.want {
			t.Errorf("homeSomeDaysWeek(%q) = %v, want %v", c.in, got, c.want)
		}
	}
}
