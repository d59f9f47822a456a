package normalize

import (
	"testing"
	"time"

	"github.com/gigscout/gigscout/internal/model"
)

// distributedLocationCases pin a location item that is only "Distributed"
// (reviseLocationAnywhere): a team with no place is remote from anywhere,
// unless a narrower place was read. The word inside a longer item is no
// world reading, and a hybrid flag beside it is left alone.
var distributedLocationCases = []truthCase{
	{name: "distributed item alone", p: model.Posting{Title: "Support Writer", Locations: []string{"Distributed"}}, remote: "remote", regions: "worldwide"},
	{name: "fully distributed, lower case, remote flag", p: model.Posting{Title: "Data Analyst", Locations: []string{"fully distributed"}, RemoteHint: "remote"}, remote: "remote", regions: "worldwide"},
	{name: "distributed beside a country keeps the country", p: model.Posting{Title: "Data Analyst", Locations: []string{"Distributed", "Portugal"}, RemoteHint: "remote"}, remote: "remote", regions: "PT"},
	{name: "trap: distributed systems in a longer item", p: model.Posting{Title: "Backend Developer", Locations: []string{"Distributed systems group"}}, regions: "none"},
	{name: "trap: a hybrid flag is not widened", p: model.Posting{Title: "Data Analyst", Locations: []string{"Distributed"}, RemoteHint: "hybrid"}, remote: "hybrid"},
}

func TestDistributedLocationCases(t *testing.T) {
	opts := Options{Now: time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)}
	for _, tc := range distributedLocationCases {
		t.Run(tc.name, func(t *testing.T) { checkFieldCase(t, tc, opts) })
	}
}
