package normalize

import (
	"testing"
	"time"

	"github.com/gigscout/gigscout/internal/model"
)

// lowerFieldCases: location fields a scraper folded to lower case, read as
// the places they name when written capitalized, beside traps that keep
// their reading.
var lowerFieldCases = []truthCase{
	{name: "lower: an indian town the gazetteer holds", p: remotePost("dharmapuri"), regions: "IN"},
	{name: "lower: a brazilian town before its state code", p: remotePost("mossoró, rn"), regions: "BR"},
	{name: "lower: a brazilian town after a slash code", p: remotePost("arapiraca/al"), regions: "BR"},
	{name: "lower: a state name without its accent", p: remotePost("paraiba"), regions: "BR"},
	{name: "lower: a state name of three words", p: remotePost("rio grande do norte"), regions: "BR"},
	{name: "lower: a kenyan town after a remote note", p: remotePost("remote - nakuru"), regions: "KE"},
	{name: "lower: an english town with its county", p: remotePost("swindon, wiltshire"), regions: "GB"},
	{name: "lower: a filipino city", p: remotePost("zamboanga city"), regions: "PH"},
	{name: "lower: the hand-written tables read it already", p: remotePost("bengaluru"), regions: "IN"},
	// traps
	{name: "trap lower: a common word stays unread", p: remotePost("reading"), regions: "none"},
	{name: "trap lower: another common word", p: remotePost("bath"), regions: "none"},
	{name: "trap lower: work-mode words only", p: remotePost("remote / hybrid"), regions: "none"},
	{name: "trap lower: a phrase naming no place", p: remotePost("flexible location"), regions: "none"},
	{name: "trap lower: towns of two countries", p: remotePost("cambridge"), regions: "none"},
	{name: "trap lower: a capital letter keeps the field as written", p: remotePost("dharmapuri, Remote"), regions: "none"},
	{name: "trap lower: an onsite listing names no remote region", p: model.Posting{Title: "Engineer", RemoteHint: "On-site", Locations: []string{"dharmapuri"}}, regions: "none"},
}

func TestLowerFieldRegions(t *testing.T) {
	opts := Options{Now: time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)}
	for _, tc := range lowerFieldCases {
		t.Run(tc.name, func(t *testing.T) { checkTruthCase(t, tc, opts) })
	}
}

// TestCapitalizeField: the capitalized form of a field in lower case.
func TestCapitalizeField(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"campina grande, pb", "Campina Grande, PB"},
		{"natal/rn", "Natal/RN"},
		{"rio grande do sul", "Rio Grande do Sul"},
		{"remote - nakuru", "Remote - Nakuru"},
		{"são luís - ma", "São Luís - MA"},
		{"isle of man", "Isle of Man"},
		{"remote, in", "Remote, in"}, // a joining word is no code
		{"ab", "Ab"},                 // a first part of two letters is a word
	} {
		if got := capitalizeField(c.in); got != c.want {
			t.Errorf("capitalizeField(%q) = %q, want %q", c.in, got, c.want)
		}
	}
	for _, s := range []string{"Hubli", "hubli, KA", "ÉVORA", "123"} {
		if allLowerField(s) {
			t.Errorf("allLowerField(%q) = true", s)
		}
	}
}
