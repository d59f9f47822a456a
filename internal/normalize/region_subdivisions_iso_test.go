package normalize

import (
	"strings"
	"testing"
	"time"

	"github.com/gigscout/gigscout/internal/model"
)

// subdivisionISOCases: states, cantons, counties and regions by name in
// remote and hybrid location items, read from the ISO 3166-2 table, each
// beside traps that keep their reading.
var subdivisionISOCases = []truthCase{
	// A subdivision alone, in its own language or in English.
	{name: "austrian state alone", p: remotePost("Oberösterreich"), regions: "AT"},
	{name: "austrian state with a remote note", p: remotePost("Remote - Vorarlberg"), regions: "AT"},
	{name: "swiss canton in german", p: remotePost("Graubünden"), regions: "CH"},
	{name: "swiss canton by its german exonym", p: remotePost("Genf"), regions: "CH"},
	{name: "swiss canton written with st.", p: remotePost("St. Gallen (Hybrid)"), regions: "CH"},
	{name: "english county alone", p: remotePost("Hertfordshire"), regions: "GB"},
	{name: "indian state with long vowels folded", p: remotePost("Rajasthan"), regions: "IN"},
	{name: "finnish region", p: remotePost("Uusimaa"), regions: "FI"},
	{name: "swedish county without 'län'", p: remotePost("Västra Götaland"), regions: "SE"},
	{name: "french region with an apostrophe", p: remotePost("Provence-Alpes-Côte d'Azur"), regions: "FR"},
	{name: "us district spelled out", p: remotePost("District of Columbia"), regions: "US"},
	{name: "spanish region in its inverted iso form", p: remotePost("Comunidad de Madrid"), regions: "ES"},
	// A town, then its county, canton or département: read by the qualifier.
	{name: "small town and its county", p: remotePost("Tilbury, Essex"), regions: "GB"},
	{name: "london district and its county", p: remotePost("Sidcup, Kent"), regions: "GB"},
	{name: "county in capitals after a town", p: remotePost("Chatham, KENT"), regions: "GB"},
	{name: "two-word town and its county", p: remotePost("Hybrid - Royston Vasey, Staffordshire"), regions: "GB"},
	{name: "french town and its département", p: remotePost("Courbevoie, Hauts-de-Seine"), regions: "FR"},
	{name: "swiss village and its canton", p: remotePost("Wangen an der Aare, Bern"), regions: "CH"},
	{name: "irish town and its county with 'co.'", p: remotePost("Buncrana, Co. Donegal"), regions: "IE"},
	{name: "an irish county that is a word, with 'co.'", p: remotePost("Remote - Co. Mayo"), regions: "IE"},
	{name: "an irish county alone", p: remotePost("Wicklow"), regions: "IE"},
	{name: "hybrid office in a canton", p: model.Posting{Title: "Engineer", RemoteHint: "Hybrid", Locations: []string{"Thurgau"}}, regions: "CH"},
	{name: "a canton of three letters after a town", p: remotePost("Baar, Zug"), regions: "CH"},
	{name: "another language's name of a region", p: remotePost("Bavière"), regions: "DE"},
	// Traps: a given name is a qualifier only; shared names are not read.
	{name: "trap: a county that is a given name, alone", p: remotePost("Kent"), regions: "none"},
	{name: "trap: a county that is a word, alone", p: remotePost("Mayo"), regions: "none"},
	{name: "trap: a name of three letters alone", p: remotePost("Remote – Mon"), regions: "none"},
	{name: "trap: a federal district of two countries", p: remotePost("Distrito Federal"), regions: "none"},
	{name: "trap: a direction that names a region", p: remotePost("Zona Norte"), regions: "none"},
	{name: "trap: a word that names a subdivision elsewhere", p: remotePost("Plymouth, Bay"), regions: "none"},
	{name: "trap: a canton shared with a french département", p: remotePost("Jura"), regions: "none"},
	{name: "trap: a canton that is a german city's name", p: remotePost("Freiburg"), regions: "DE"},
	{name: "trap: a region that is an italian city's name", p: remotePost("Molfetta, Bari"), regions: "IT"},
	{name: "trap: a us town before its state code", p: remotePost("Kent, WA"), regions: "US"},
	{name: "trap: a province's name as a town before a code", p: remotePost("San Juan, PR"), regions: "none"},
	{name: "trap: counties of two countries in one item", p: remotePost("Wiltshire / Uusimaa"), regions: "none"},
	{name: "trap: a county in lower case in a phrase", p: remotePost("near the essex border"), regions: "none"},
	{name: "trap: the other readers keep their reading", p: remotePost("Bayern, Germany"), regions: "DE"},
	{name: "trap: a country's name stays a country", p: remotePost("Georgia"), regions: "GE"},
	{name: "trap: an onsite listing names no remote region", p: model.Posting{Title: "Engineer", RemoteHint: "On-site", Locations: []string{"Wiltshire"}}, regions: "none"},
}

func TestSubdivisionsISO(t *testing.T) {
	opts := Options{Now: time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)}
	for _, tc := range subdivisionISOCases {
		t.Run(tc.name, func(t *testing.T) { checkTruthCase(t, tc, opts) })
	}
}

// TestSubdivisionCountry: the item reader alone.
func TestSubdivisionCountry(t *testing.T) {
	for _, c := range []struct{ loc, want string }{
		{"Niederösterreich", "AT"}, {"NIEDERÖSTERREICH", "AT"}, {"Remote – Thurgau", "CH"}, {"Canton of Aargau", ""},
		{"Sidcup, Kent", "GB"}, {"Kent", ""}, {"Remote, Kent", ""}, {"Wiltshire SN10", "GB"},
		{"Thurgau, Zug", "CH"},          // two cantons of one country
		{"Essex, Uusimaa", ""},          // two countries
		{"Nanterre, Essex, Kent", "GB"}, // a town, then two qualifiers of one country
		{"wiltshire", ""},               // not written as a name
		{"", ""}, {"ab", ""}, {strings.Repeat("Essex ", 30), ""},
	} {
		if got := subdivisionCountry(c.loc); got != c.want {
			t.Errorf("subdivisionCountry(%q) = %q, want %q", c.loc, got, c.want)
		}
	}
}

// TestSubdivisionsISOFile: the generated file parses, and its marks hold.
func TestSubdivisionsISOFile(t *testing.T) {
	m := isoSubdivisions()
	if len(m) < 2000 {
		t.Fatalf("table has %d names", len(m))
	}
	for _, c := range []struct {
		name, country string
		alone         bool
	}{
		{"karnten", "AT", true}, {"genf", "CH", true}, {"ginevra", "CH", false}, {"kent", "GB", false}, {"zug", "CH", false},
		{"uusimaa", "FI", true}, {"rajasthan", "IN", true}, {"hauts de seine", "FR", true},
	} {
		s, ok := m[c.name]
		if !ok || s.country != c.country || s.alone != c.alone {
			t.Errorf("%s: %+v (found %v), want %s alone=%v", c.name, s, ok, c.country, c.alone)
		}
	}
	for _, shared := range []string{"jura", "limburg", "punjab", "central"} {
		if _, ok := m[shared]; ok {
			t.Errorf("%s: a name of two countries' subdivisions is in the table", shared)
		}
	}
	for k, s := range m {
		if len(s.country) != 2 || len(k) < 3 {
			t.Fatalf("%q: bad entry %+v", k, s)
		}
	}
}

// FuzzSubdivisionCountry: any location item is read without a panic, and a
// country read is a two-letter code.
func FuzzSubdivisionCountry(f *testing.F) {
	for _, s := range []string{"Sidcup, Kent", "Kent—", "–", "a,b;c|d(e)f[g]h:i", "Wiltshire SN10", " - ", "\xe2\x80", "d'Azur"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if c := subdivisionCountry(s); c != "" && len(c) != 2 {
			t.Errorf("subdivisionCountry(%q) = %q", s, c)
		}
	})
}
