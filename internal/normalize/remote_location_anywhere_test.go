package normalize

import (
	"testing"
	"time"

	"github.com/gigscout/gigscout/internal/model"
)

// locationAnywhereCases pin reviseLocationAnywhere and
// reviseHeaderRemoteNote, with traps.
var locationAnywhereCases = []truthCase{
	{name: "location independent item", p: model.Posting{Title: "Copy Editor", Locations: []string{"Location Independent"}}, remote: "remote", regions: "worldwide"},
	{name: "location-independent, hyphen, lower case", p: model.Posting{Title: "Copy Editor", Locations: []string{"location-independent"}}, remote: "remote", regions: "worldwide"},
	{name: "location agnostic item", p: model.Posting{Title: "SRE", Locations: []string{"Location Agnostic"}}, remote: "remote", regions: "worldwide"},
	{name: "wfa item with a remote flag", p: model.Posting{Title: "QA Analyst", Locations: []string{"WFA"}, RemoteHint: "remote"}, remote: "remote", regions: "worldwide"},
	{name: "wfa beside a country keeps the country", p: model.Posting{Title: "QA Analyst", Locations: []string{"WFA", "Indonesia"}}, remote: "remote", regions: "ID"},
	{name: "trap: a hybrid flag is not widened", p: model.Posting{Title: "Copy Editor", Locations: []string{"Location Independent"}, RemoteHint: "hybrid"}, remote: "hybrid"},
	{name: "trap: the words inside a sentence", p: model.Posting{Title: "Copy Editor", Locations: []string{"Lisbon office; location independent teams welcome"}}, regions: "none"},
	{name: "header remote with a zone note", p: model.Posting{Title: "Data Engineer",
		DescriptionText: "Kestrel Labs | Data Engineer | remote, four hours overlap with UTC+1 | Full-time\nWe build sensors."}, remote: "remote", regions: "none"},
	{name: "header remote with a time zone in brackets", p: model.Posting{Title: "Data Engineer",
		DescriptionText: "Kestrel Labs | Data Engineer | Remote (time zone: GMT-3 to GMT+1)\nWe build sensors."}, remote: "remote"},
	{name: "trap: header remote denied", p: model.Posting{Title: "Data Engineer",
		DescriptionText: "Kestrel Labs | Data Engineer | remote, not possible (office hours 8-4) | Rotterdam\nWe build sensors."}, remote: "!remote"},
	{name: "trap: a remote sensing title segment", p: model.Posting{Title: "Analyst",
		DescriptionText: "Kestrel Labs | Remote Sensing Analyst, night hours | Rotterdam\nWe build sensors."}, remote: "!remote"},
}

func TestLocationAnywhereCases(t *testing.T) {
	opts := Options{Now: time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)}
	for _, tc := range locationAnywhereCases {
		t.Run(tc.name, func(t *testing.T) { checkFieldCase(t, tc, opts) })
	}
}
