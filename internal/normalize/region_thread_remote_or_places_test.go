package normalize

import (
	"testing"

	"github.com/gigscout/gigscout/internal/model"
)

// threadRemoteOrPlacesCases pin the "REMOTE or <places>" segment of a
// hiring thread's header (region_thread_header.go): the places beside the
// remote choice scope it. Traps: a mode instead of places, a world word,
// a header with no remote segment.
var threadRemoteOrPlacesCases = []truthCase{
	{name: "remote or three us towns", p: model.Posting{Title: "Data Engineer",
		DescriptionText: "Quarry Labs | Data Engineer | REMOTE or Denver, Phoenix, Miami\n\nWe map rocks."}, remote: "remote", regions: "US"},
	{name: "remote or us and canadian towns", p: model.Posting{Title: "Data Engineer",
		DescriptionText: "Quarry Labs | Geologist | Remote or Denver, Toronto, Atlanta\n\nWe map rocks."}, remote: "remote", regions: "US,CA"},

	{name: "trap: remote or a mode", p: model.Posting{Title: "Data Engineer",
		DescriptionText: "Quarry Labs | Data Engineer | Remote or hybrid\n\nWe map rocks."}, regions: "none"},
	{name: "trap: remote or anywhere", p: model.Posting{Title: "Data Engineer",
		DescriptionText: "Quarry Labs | Data Engineer | Remote or anywhere you like\n\nWe map rocks."}, regions: "none"},
	{name: "trap: no remote in the header", p: model.Posting{Title: "Data Engineer",
		DescriptionText: "Quarry Labs | Data Engineer | Denver, Phoenix\n\nWe map rocks."}, regions: "none"},
}

func TestThreadRemoteOrPlacesCases(t *testing.T) {
	for _, tc := range threadRemoteOrPlacesCases {
		t.Run(tc.name, func(t *testing.T) { checkFieldCase(t, tc, fieldCaseOpts) })
	}
}

// wholeTextRemoteOrCases pin wholeTextRemoteOr (region_group_list_whole_text.go):
// a description that is only "Remote or <places>" reads as a location.
// Traps: a world word, a mode after "or".
var wholeTextRemoteOrCases = []truthCase{
	{name: "whole text remote or three us cities", p: model.Posting{Title: "Surveyor",
		DescriptionText: "REMOTE or Los Angeles, Boston, Chicago"}, remote: "remote", regions: "US"},
	{name: "whole text remote or two us cities", p: model.Posting{Title: "Surveyor",
		DescriptionText: "Remote or San Francisco, Austin"}, remote: "remote", regions: "US"},

	{name: "trap: remote or worldwide", p: model.Posting{Title: "Surveyor", RemoteHint: "remote",
		DescriptionText: "Remote or worldwide travel"}, regions: "none"},
	{name: "trap: remote or hybrid", p: model.Posting{Title: "Surveyor", RemoteHint: "remote",
		DescriptionText: "Remote or hybrid, your pick"}, regions: "none"},
}

func TestWholeTextRemoteOrCases(t *testing.T) {
	for _, tc := range wholeTextRemoteOrCases {
		t.Run(tc.name, func(t *testing.T) { checkFieldCase(t, tc, fieldCaseOpts) })
	}
}
