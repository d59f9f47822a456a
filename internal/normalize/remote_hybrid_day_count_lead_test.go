package normalize

import (
	"testing"

	"github.com/gigscout/gigscout/internal/model"
)

// "Hybrid" set off by a comma or a dash before a day count, in a listing
// filed as remote. Written in our own words.
func TestRemoteHybridDayCountLead(t *testing.T) {
	cases := []postingModeCase{
		{"malay days after a dash", model.Posting{Title: "Support Agent", Locations: []string{"Remote - Malaysia"}, DescriptionText: "Hybrid – 2 hari di pejabat Kuala Lumpur."}, model.RemoteHybrid},
		{"indonesian days after a comma", model.Posting{Title: "Data Analyst", Locations: []string{"Remote"}, DescriptionText: "Hybrid, 3 hari WFO di Bandung."}, model.RemoteHybrid},
		{"english days after a dash", model.Posting{Title: "Data Analyst", Locations: []string{"Remote"}, DescriptionText: "Hybrid - 3 days WFO, the rest from home."}, model.RemoteHybrid},
		{"english days after a comma", model.Posting{Title: "Data Analyst", Locations: []string{"Remote (Vietnam)"}, DescriptionText: "Hybrid, 2 days WFO."}, model.RemoteHybrid},
		// traps: a hybrid product, a five-day week, a remote role that names a hybrid team
		{"hybrid product before a count", model.Posting{Title: "Cloud Engineer", Locations: []string{"Remote"}, DescriptionText: "Hybrid cloud, 3 days of onboarding in week one."}, model.RemoteRemote},
		{"five days is no hybrid count", model.Posting{Title: "Support Agent", Locations: []string{"Remote"}, DescriptionText: "Hybrid, 5 days on site."}, model.RemoteRemote},
		{"affirmed remote keeps remote", model.Posting{Title: "Designer", Locations: []string{"Remote"}, DescriptionText: "This role is fully remote. The sales team works hybrid, 2 days WFO."}, model.RemoteRemote},
	}
	runPostingModeCases(t, cases)
}

func TestHybridDayCount(t *testing.T) {
	for _, c := range []struct {
		in   string
		want bool
	}{
		{"Hybrid, 2 hari WFO", true},
		{"hybrid — four days in Jakarta", true},
		{"Hybrid, dua hari di kantor", true},
		{"Hybrid cloud, 2 days", false},
		{"Hybrid-3 days", false},
		{"Hybrid, 6 days", false},
		{"Remote, 2 days", false},
	} {
		if got := hybridDayCount(c.in) != nil; got != c.want {
			t.Errorf("hybridDayCount(%q) = %v, want %v", c.in, got, c.want)
		}
	}
}
