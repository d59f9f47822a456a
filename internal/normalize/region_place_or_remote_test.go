package normalize

import (
	"testing"
	"time"

	"github.com/gigscout/gigscout/internal/model"
)

// placeOrRemoteCases pin revisePlaceOrRemote: a "City, ST or Remote"
// location scopes the remote choice to the place's country, with traps.
var placeOrRemoteCases = []truthCase{
	{name: "small us town, state code, or remote", p: model.Posting{Title: "Claims Adjuster", Locations: []string{"Peoria, IL or Remote"}}, remote: "remote", regions: "US"},
	{name: "canadian town, province code, slash remote", p: model.Posting{Title: "Bookkeeper", Locations: []string{"Kelowna, BC / Remote"}}, remote: "remote", regions: "CA"},
	{name: "us town or fully remote", p: model.Posting{Title: "Paralegal", Locations: []string{"Bozeman, MT or fully remote"}}, remote: "remote", regions: "US"},
	{name: "large us town or remote", p: model.Posting{Title: "Writer", Locations: []string{"Springfield or Remote"}}, remote: "remote", regions: "US"},
	{name: "trap: a smaller us town alone or remote", p: model.Posting{Title: "Writer", Locations: []string{"Bozeman or Remote"}}, remote: "remote", regions: "none"},
	{name: "trap: a hybrid choice is left alone", p: model.Posting{Title: "Planner", Locations: []string{"Peoria, IL or Hybrid"}}, remote: "!remote"},
	{name: "trap: a region already named stays", p: model.Posting{Title: "Analyst", Locations: []string{"Peoria, IL or Remote"},
		DescriptionText: "Remote applicants must live in Canada."}, remote: "remote", regions: "!US"},
}

func TestPlaceOrRemoteCases(t *testing.T) {
	opts := Options{Now: time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)}
	for _, tc := range placeOrRemoteCases {
		t.Run(tc.name, func(t *testing.T) { checkFieldCase(t, tc, opts) })
	}
}
