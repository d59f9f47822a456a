package normalize

import (
	"testing"

	"github.com/gigscout/gigscout/internal/model"
)

// A workplace field that only hedges its mode names none; the
// locations and the description decide. Written in our own words.
func TestRemoteHintHedged(t *testing.T) {
	cases := []postingModeCase{
		{"maybe remote field", model.Posting{Title: "Bookkeeper", RemoteHint: "Maybe remote"}, model.RemoteUnknown},
		{"possibly hybrid field", model.Posting{Title: "Bookkeeper", RemoteHint: "possibly hybrid"}, model.RemoteUnknown},
		{"might be remote field", model.Posting{Title: "Bookkeeper", RemoteHint: "might be remote"}, model.RemoteUnknown},
		{"snake case hedge", model.Posting{Title: "Bookkeeper", RemoteHint: "potentially_remote"}, model.RemoteUnknown},
		{"hedge with a place decides by the place", model.Posting{Title: "Bookkeeper", RemoteHint: "Perhaps WFH", Locations: []string{"Hybrid - Leeds"}}, model.RemoteHybrid},
		{"hedge with a remote text", model.Posting{Title: "Bookkeeper", RemoteHint: "maybe remote", DescriptionText: "This is a fully remote role for a small firm."}, model.RemoteRemote},
		// traps: fields that do state a mode stay as they were
		{"remote field stays", model.Posting{Title: "Bookkeeper", RemoteHint: "Remote"}, model.RemoteRemote},
		{"remote possible stays remote", model.Posting{Title: "Bookkeeper", RemoteHint: "Remote possible"}, model.RemoteRemote},
		{"hybrid field stays", model.Posting{Title: "Bookkeeper", RemoteHint: "Hybrid"}, model.RemoteHybrid},
		{"on-site field stays", model.Posting{Title: "Bookkeeper", RemoteHint: "On-site"}, model.RemoteOnsite},
		{"hedge in the description is not a field", model.Posting{Title: "Bookkeeper", DescriptionText: "Remote role. Maybe remote forever."}, model.RemoteRemote},
	}
	runPostingModeCases(t, cases)
}

func TestHedgedModeField(t *testing.T) {
	for _, c := range []struct {
		in   string
		want bool
	}{
		{"Maybe remote", true}, {"possibly hybrid", true}, {"may be remote", true}, {"Maybe on-site", true},
		{"Remote", false}, {"Remote possible", false}, {"Possibly remote, Berlin", false},
		{"Maybe", false}, {"maybe later", false}, {"Remote (maybe hybrid)", false},
	} {
		if got := hedgedModeField(c.in); got != c.want {
			t.Errorf("hedgedModeField(%q) = %v, want %v", c.in, got, c.want)
		}
	}
}
