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
