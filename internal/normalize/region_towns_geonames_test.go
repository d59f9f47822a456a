package normalize

import (
	"strings"
	"testing"
	"time"

	"github.com/gigscout/gigscout/internal/model"
)

// geoTownCases: towns only the generated gazetteer knows, in remote and
// hybrid location items, each beside traps that keep their reading.
var geoTownCases = []truthCase{
	// A town alone, or with work-mode words around it.
	{name: "english town alone", p: remotePost("Leicester"), regions: "GB"},
	{name: "english town after a remote note", p: remotePost("Remote - Coventry"), regions: "GB"},
	{name: "english town with its county", p: remotePost("Swindon, Wiltshire"), regions: "GB"},
	{name: "english town with hybrid in brackets", p: remotePost("Woking (Hybrid)"), regions: "GB"},
	{name: "philippine city without 'city'", p: remotePost("Makati"), regions: "PH"},
	{name: "philippine city with its region", p: remotePost("Pasig, Metro Manila"), regions: "PH"},
	{name: "philippine city with 'city'", p: remotePost("Davao City"), regions: "PH"},
	{name: "indian town with its state name", p: remotePost("Tiruppur, Tamil Nadu"), regions: "IN"},
	{name: "indian town alone", p: remotePost("Solapur"), regions: "IN"},
	{name: "polish town with diacritics", p: remotePost("Bielsko-Biała"), regions: "PL"},
	{name: "polish town without them", p: remotePost("Bielsko-Biala"), regions: "PL"},
	{name: "nigerian town", p: remotePost("Remote | Abeokuta"), regions: "NG"},
	{name: "kenyan town", p: remotePost("Eldoret"), regions: "KE"},
	{name: "brazilian town with a dash", p: remotePost("Joinville - Santa Catarina"), regions: "BR"},
	{name: "mexican town", p: remotePost("Hermosillo, Sonora"), regions: "MX"},
	{name: "dutch town", p: remotePost("Amersfoort"), regions: "NL"},
	{name: "hybrid office in a german town", p: model.Posting{Title: "Engineer", RemoteHint: "Hybrid", Locations: []string{"Gütersloh"}}, regions: "DE"},
	{name: "two towns of one country", p: remotePost("Leicester / Coventry"), regions: "GB"},
	// A town before its state or province code, or its country's code that
	// is also a US state's.
	{name: "telangana, not togo", p: remotePost("Warangal, TG"), regions: "IN"},
	{name: "baden-württemberg, not botswana", p: remotePost("Ludwigsburg, BW"), regions: "DE"},
	{name: "india, not indiana", p: remotePost("Tiruppur, IN"), regions: "IN"},
	{name: "germany, not delaware", p: remotePost("Gütersloh, DE"), regions: "DE"},
	{name: "canada, not california", p: remotePost("Burnaby, CA"), regions: "CA"},
	// Traps: names the gazetteer reads only before a code or a country.
	{name: "trap: a common word", p: remotePost("Reading"), regions: "none"},
	{name: "trap: another common word", p: remotePost("Bath"), regions: "none"},
	{name: "trap: a croatian town that is a word", p: remotePost("Split"), regions: "none"},
	{name: "trap: towns of two countries", p: remotePost("Cambridge"), regions: "none"},
	{name: "trap: a common word with its country", p: remotePost("Reading, UK"), regions: "GB"},
	{name: "trap: a common word with its state", p: remotePost("Reading, PA"), regions: "US"},
	{name: "trap: a short name", p: remotePost("Sur"), regions: "none"},
	// Traps: the hand-written tables and US towns keep their readings.
	{name: "trap: a hand-written town read before a code only", p: remotePost("Victoria"), regions: "none"},
	{name: "a large us town alone", p: remotePost("Scottsdale"), regions: "US"},
	{name: "a large us town after a remote note", p: remotePost("Remote - Indianapolis"), regions: "US"},
	{name: "two large us towns", p: remotePost("Tulsa / Omaha"), regions: "US"},
	{name: "trap: a smaller us town alone", p: remotePost("Bozeman"), regions: "none"},
	{name: "trap: a us town that is a county's name", p: remotePost("Kent"), regions: "none"},
	{name: "trap: a us town that is a province's name", p: remotePost("Ontario"), regions: "CA"},
	{name: "trap: a us town that is a country's name", p: remotePost("Jamaica"), regions: "JM"},
	{name: "trap: a us town larger abroad", p: remotePost("Birmingham"), regions: "GB"},
	{name: "trap: a us town before its state", p: remotePost("Carmel, IN"), regions: "US"},
	{name: "trap: a us town whose name is india's too", p: remotePost("Salem, IN"), regions: "US"},
	{name: "trap: delaware alone", p: remotePost("Remote, DE"), regions: "US"},
	{name: "trap: a place the other readers read", p: remotePost("Leicester, Massachusetts"), regions: "US"},
	{name: "trap: towns of two countries in one item", p: remotePost("Leicester / Solapur"), regions: "none"},
	// Traps: no town in these location items.
	{name: "trap: lower-case words", p: remotePost("reading materials"), regions: "none"},
	{name: "trap: a work-mode note", p: remotePost("Remote - Home Office"), regions: "none"},
	{name: "trap: an onsite listing names no remote region", p: model.Posting{Title: "Engineer", RemoteHint: "On-site", Locations: []string{"Leicester"}}, regions: "none"},
}

func TestGeoTowns(t *testing.T) {
	opts := Options{Now: time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)}
	for _, tc := range geoTownCases {
		t.Run(tc.name, func(t *testing.T) { checkTruthCase(t, tc, opts) })
	}
}

// TestGeoTownCountry: the part reader alone, on location items.
func TestGeoTownCountry(t *testing.T) {
	for _, c := range []struct{ loc, want string }{
		{"Leicester", "GB"}, {"LEICESTER", "GB"}, {"Remote – Leicester", "GB"}, {"Leicester, Leicestershire", "GB"},
		{"Greater Leicester Area", "GB"}, {"Based in Leicester", "GB"}, {"Cebu", "PH"}, {"Pasig City", "PH"},
		{"Swindon SN1 2AB", "GB"}, {"73033 Göppingen", "DE"}, {"6850 Dornbirn", "AT"}, {"Remote 45525 Hattingen", "DE"}, {"Bengaluru 560001", ""}, {"St Neots", "GB"}, {"St. Austell", "GB"}, {"Saint Neots", "GB"},
		{"St Albans", ""},           // towns of two countries
		{"Honda", ""},               // an employer's name too
		{"leicester", ""},           // not written as a name
		{"Leicester 2nd floor", ""}, // more than a town
		{"Leicester-Remote", ""},    // one word with a hyphen: not split
		{"Reading", ""},             // a common word
		{"Victoria", ""},            // a hand-written town read before a code only
		{"Paris", ""},               // hand-written: Regions reads it
		{"Scottsdale", "US"},        // a US town of 100,000 people and up
		{"Remote - Tulsa", "US"},    // with a work-mode note
		{"Tulsa, OK", ""},           // before a code: the readers of codes decide
		{"Peoria, IL or Remote", ""},
		{"Bozeman", ""},            // a smaller US town
		{"Leicester; Solapur", ""}, // two countries
		{"", ""}, {"ab", ""}, {strings.Repeat("Leicester ", 20), ""},
	} {
		if got := geoTownCountry(c.loc); got != c.want {
			t.Errorf("geoTownCountry(%q) = %q, want %q", c.loc, got, c.want)
		}
	}
}

// TestGeoTownsFile: the generated file parses, and its marks hold.
func TestGeoTownsFile(t *testing.T) {
	m := geoTowns()
	if len(m) < 5000 {
		t.Fatalf("gazetteer has %d towns", len(m))
	}
	for _, c := range []struct {
		name  string
		alone bool
		first string
	}{
		{"leicester", true, "GB"}, {"makati", true, "PH"}, {"makati city", true, "PH"}, {"reading", false, "GB"},
		{"cambridge", false, "GB"}, {"split", false, "HR"}, {"warangal", true, "IN"},
		{"indianapolis", true, "US"}, {"scottsdale", true, "US"}, {"birmingham", false, "GB"},
	} {
		g, ok := m[c.name]
		if !ok || g.alone != c.alone || g.places[0].country != c.first {
			t.Errorf("%s: %+v (found %v), want alone=%v first %s", c.name, g, ok, c.alone, c.first)
		}
	}
	for k, g := range m {
		for _, p := range g.places {
			if len(p.country) != 2 {
				t.Fatalf("%s: bad country %q", k, p.country)
			}
		}
		if _, sub := isoSubdivisions()[k]; sub && g.alone && g.places[0].country == "US" {
			t.Errorf("%s: a US town read alone under a state's, province's or county's name", k)
		}
	}
}

// FuzzGeoTownCountry: any location item is read without a panic, and a
// country read is a two-letter code.
func FuzzGeoTownCountry(f *testing.F) {
	for _, s := range []string{"Remote – Leicester", "Leicester—", "–", "a,b;c|d(e)f[g]h:i", "Swindon SN1 2AB", " - ", "\xe2\x80", "Makati City"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if c := geoTownCountry(s); c != "" && len(c) != 2 {
			t.Errorf("geoTownCountry(%q) = %q", s, c)
		}
		_ = stateBeforeUSLoc(s)
		_ = townStateLead("San Francisco", s)
	})
}
