package normalize

import (
	"testing"
	"time"

	"github.com/gigscout/gigscout/internal/model"
)

// smallTownCases: towns and districts of 20,000 to 100,000 people outside
// North America and Western Europe, read through the gazetteer
// (towns_geonames.txt) in the ways remote location fields write them: after
// a work-mode word and a dash, before a bracketed work-mode word, after
// "Remote," and beside a slash. The gazetteer was also measured at
// 10,000 and 5,000 people too: no agreement table moved; the threshold
// stays at 20,000 (see gentowns.go).
var smallTownCases = []truthCase{
	{name: "croatian town after a dash", p: remotePost("Remote - Velika Gorica"), regions: "HR"},
	{name: "czech town in brackets", p: remotePost("Kladno (remote)"), regions: "CZ"},
	{name: "czech town with diacritics", p: remotePost("Zlín (Remote)"), regions: "CZ"},
	{name: "lagos district after a comma", p: remotePost("Remote, Ikeja"), regions: "NG"},
	{name: "manila city beside a slash", p: remotePost("Mandaluyong / Remote"), regions: "PH"},
	{name: "malaysian town after a dash", p: remotePost("Remote - Shah Alam"), regions: "MY"},
	{name: "cairo new town in brackets", p: remotePost("New Cairo (Remote)"), regions: "EG"},
	{name: "bengaluru suburb after a dash", p: remotePost("Remote - Yelahanka"), regions: "IN"},
	{name: "peruvian port after a dash", p: remotePost("Remote - Callao"), regions: "PE"},
	{name: "town with its country", p: remotePost("Remote - Pardubice, Czechia"), regions: "CZ"},
	// Traps: a town alone in an office posting names no remote region.
	{name: "trap: office posting in a croatian town", p: model.Posting{Title: "Engineer", Locations: []string{"Zadar"}}, regions: "none"},
	{name: "trap: on-site hint in a manila city", p: model.Posting{Title: "Engineer", RemoteHint: "On-site", Locations: []string{"Pasig"}}, regions: "none"},
}

func TestSmallTowns(t *testing.T) {
	opts := Options{Now: time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)}
	for _, tc := range smallTownCases {
		t.Run(tc.name, func(t *testing.T) { checkTruthCase(t, tc, opts) })
	}
}
