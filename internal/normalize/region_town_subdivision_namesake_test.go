package normalize

import (
	"testing"
	"time"
)

// townSubdivisionNamesakeCases pin the last step of townCodeCountry: a
// town known elsewhere before a subdivision code only one country uses is
// that country's namesake town.
var townSubdivisionNamesakeCases = []truthCase{
	{name: "a known town before an australian state", p: remotePost("Richmond, VIC"), regions: "AU"},
	{name: "another known town before queensland", p: remotePost("Springfield, QLD"), regions: "AU"},
	{name: "a known town before an indian state", p: remotePost("Hyderabad, TG"), regions: "IN"},
	{name: "trap: a us state code stays american", p: remotePost("Richmond, KY"), regions: "US"},
	{name: "trap: a canadian province stays canadian", p: remotePost("Richmond, BC"), regions: "CA"},
	{name: "a mode word before an australian state code", p: remotePost("Remote, VIC"), regions: "AU"},
}

func TestTownSubdivisionNamesakeCases(t *testing.T) {
	opts := Options{Now: time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)}
	for _, tc := range townSubdivisionNamesakeCases {
		t.Run(tc.name, func(t *testing.T) { checkFieldCase(t, tc, opts) })
	}
}
