package normalize

import (
	"strings"
	"testing"
	"time"

	"github.com/gigscout/gigscout/internal/model"
)

// asiaPlaceCases: East and South-East Asian cities and trailing ISO codes
// in a remote listing's location, in our own words, with the state and
// province codes that keep their readings.
var asiaPlaceCases = []truthCase{
	{name: "busan alone", p: model.Posting{Title: "Engineer", RemoteHint: "Remote", Locations: []string{"Busan"}}, regions: "KR"},
	{name: "kaohsiung alone", p: model.Posting{Title: "Engineer", RemoteHint: "Remote", Locations: []string{"Kaohsiung"}}, regions: "TW"},
	{name: "bangkok alone", p: model.Posting{Title: "Engineer", RemoteHint: "Remote", Locations: []string{"Bangkok"}}, regions: "TH"},
	{name: "two words for saigon", p: model.Posting{Title: "Engineer", RemoteHint: "Remote", Locations: []string{"Ho Chi Minh City"}}, regions: "VN"},
	{name: "makati city", p: model.Posting{Title: "Engineer", RemoteHint: "Remote", Locations: []string{"Makati City"}}, regions: "PH"},
	{name: "taipei in chinese", p: model.Posting{Title: "Engineer", RemoteHint: "Remote", Locations: []string{"臺北市"}}, regions: "TW"},
	{name: "unknown town and a taiwan code", p: model.Posting{Title: "Engineer", RemoteHint: "Remote", Locations: []string{"Zhubei, TW"}}, regions: "TW"},
	{name: "town, numeric province, thai code", p: model.Posting{Title: "Engineer", RemoteHint: "Remote", Locations: []string{"Si Racha, 20, TH"}}, regions: "TH"},
	{name: "unknown town and a korea code", p: model.Posting{Title: "Engineer", RemoteHint: "Remote", Locations: []string{"Gimhae, KR"}}, regions: "KR"},
	{name: "vietnam code after a district", p: model.Posting{Title: "Engineer", RemoteHint: "Remote", Locations: []string{"Thu Duc, VN"}}, regions: "VN"},
	{name: "trap: a texas town stays american", p: model.Posting{Title: "Engineer", RemoteHint: "Remote", Locations: []string{"Round Rock, TX"}}, regions: "US"},
	{name: "trap: IN keeps its reading", p: model.Posting{Title: "Engineer", RemoteHint: "Remote", Locations: []string{"Carmel, IN"}}, regions: "US"},
	{name: "trap: a canadian province code", p: model.Posting{Title: "Engineer", RemoteHint: "Remote", Locations: []string{"Moncton, NB"}}, regions: "CA"},
	{name: "trap: a known city before the code keeps its country", p: model.Posting{Title: "Engineer", RemoteHint: "Remote", Locations: []string{"Munich, BE"}}, regions: "DE"},
	{name: "trap: a code of no country we know", p: model.Posting{Title: "Engineer", RemoteHint: "Remote", Locations: []string{"Springfield, QQ"}}, regions: "none"},
}

func TestAsiaPlaces(t *testing.T) {
	opts := Options{Now: time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)}
	for _, tc := range asiaPlaceCases {
		t.Run(tc.name, func(t *testing.T) { checkTruthCase(t, tc, opts) })
	}
}

func FuzzIsoCodeAfterPlace(f *testing.F) {
	for _, tc := range asiaPlaceCases {
		f.Add(tc.p.Locations[0])
	}
	f.Fuzz(func(t *testing.T, loc string) {
		parts := strings.Split(loc, ",")
		for i := range parts {
			parts[i] = strings.TrimSpace(parts[i])
		}
		name := isoCodeAfterPlace(parts)
		if name == "" {
			_ = fixCodeLoc(loc)
			return
		}
		last := parts[len(parts)-1]
		if usStates[last] || caProvinces[last] || codeCountryName(last) != name {
			t.Errorf("isoCodeAfterPlace(%q) = %q", loc, name)
		}
		if rs := Regions(name); len(rs) != 1 || rs[0] != last {
			t.Errorf("isoCodeAfterPlace(%q) = %q, which Regions reads as %v", loc, name, rs)
		}
	})
}
