package normalize

import (
	"strings"
	"testing"
	"time"

	"github.com/gigscout/gigscout/internal/model"
)

// TestLocIncluding: a wide area with an example place after "including" is
// the wide area; a country's own examples, and text without the word, are
// kept.
func TestLocIncluding(t *testing.T) {
	opts := Options{Now: time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)}
	for _, tc := range []truthCase{
		{name: "anywhere with an example country", p: remotePost("Anywhere, including Brazil"), regions: "worldwide"},
		{name: "a region with an example after incl.", p: remotePost("Remote - APAC incl. Japan"), regions: "APAC"},
		{name: "europe with an example", p: remotePost("Europe, including Portugal"), regions: "EU"},
		{name: "the tail ends at a semicolon", p: remotePost("Global, including Canada; Remote - EMEA"), regions: "EMEA"},
		{name: "trap: a country with its own territory", p: remotePost("USA, including Puerto Rico"), regions: "US,PR"},
		{name: "trap: no wide area before the word", p: remotePost("Remote, including Spain"), regions: "ES"},
		{name: "trap: a word that holds the letters", p: model.Posting{Title: "Engineer", RemoteHint: "Remote", Locations: []string{"EMEA (inclusive hiring), UK"}}, regions: "EMEA,GB"},
	} {
		t.Run(tc.name, func(t *testing.T) { checkTruthCase(t, tc, opts) })
	}
	if got := locIncludingTails("Worldwide, including USA"); len(got) != 1 || got[0] != [2]int{11, 24} {
		t.Errorf("locIncludingTails = %v", got)
	}
	if got := locIncludingTails(strings.Repeat("incl", 50)); got != nil {
		t.Errorf("locIncludingTails(incl...) = %v", got)
	}
}
