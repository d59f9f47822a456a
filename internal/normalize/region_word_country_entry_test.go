package normalize

import (
	"testing"

	"github.com/gigscout/gigscout/internal/model"
)

// wordCountryCases pin region_word_country_entry.go (a whole entry that is
// a country named like an ordinary word) and the US Minor Outlying
// Islands names in regions_world_names_more.go. Traps: the name inside a
// longer place, the word in the description, an on-site listing, the
// United States beside the islands.
var wordCountryCases = []truthCase{
	{name: "island name with remote in brackets", p: model.Posting{Title: "QA Tester", Locations: []string{"Guernsey (Remote)"}}, remote: "remote", regions: "GG"},
	{name: "remote then the country after a dash", p: model.Posting{Title: "QA Tester", Locations: []string{"Remote - Chad"}}, remote: "remote", regions: "TD"},
	{name: "island name then a middle dot", p: model.Posting{Title: "QA Tester", Locations: []string{"Jersey • Fully Remote"}}, remote: "remote", regions: "JE"},
	{name: "country alone on a remote listing", p: model.Posting{Title: "QA Tester", Locations: []string{"Guinea"}, RemoteHint: "remote"}, regions: "GN"},
	{name: "outlying islands spelled with dots", p: model.Posting{Title: "QA Tester", Locations: []string{"Remote, U.S. Minor Outlying Islands"}}, remote: "remote", regions: "UM"},
	{name: "outlying islands written out in full", p: model.Posting{Title: "QA Tester", Locations: []string{"United States Minor Outlying Islands (Remote)"}}, remote: "remote", regions: "UM"},

	{name: "trap: the US state keeps its country", p: model.Posting{Title: "QA Tester", Locations: []string{"New Jersey · Remote"}}, remote: "remote", regions: "US"},
	{name: "trap: the name inside a longer country", p: model.Posting{Title: "QA Tester", Locations: []string{"Papua New Guinea (Remote)"}}, remote: "remote", regions: "PG"},
	{name: "trap: the word in the description names nothing", p: model.Posting{Title: "QA Tester", Locations: []string{"Remote - Portugal"}, DescriptionText: "Every new starter gets a team jersey and a laptop."}, remote: "remote", regions: "PT"},
	{name: "trap: an on-site listing has no remote region", p: model.Posting{Title: "QA Tester", Locations: []string{"Jersey"}, RemoteHint: "onsite"}, regions: "none"},
	{name: "trap: the plain United States stays US", p: model.Posting{Title: "QA Tester", Locations: []string{"Remote, United States"}}, remote: "remote", regions: "US"},
}

func TestWordCountryCases(t *testing.T) {
	for _, tc := range wordCountryCases {
		t.Run(tc.name, func(t *testing.T) { checkFieldCase(t, tc, fieldCaseOpts) })
	}
}
