package normalize

import (
	"testing"
	"time"

	"github.com/gigscout/gigscout/internal/model"
)

// nutsCodeCases pin region_nuts_code.go; traps: British postcode
// districts, warehouse site codes, a code with no digit, a longer word.
var nutsCodeCases = []truthCase{
	{name: "italian region", p: model.Posting{Title: "Data Analyst", Locations: []string{"ITH5"}, RemoteHint: "remote"}, regions: "IT"},
	{name: "german district, five characters", p: model.Posting{Title: "Data Analyst", Locations: []string{"DEB31"}, RemoteHint: "remote"}, regions: "DE"},
	{name: "french region", p: model.Posting{Title: "Data Analyst", Locations: []string{"FRJ2"}, RemoteHint: "remote"}, regions: "FR"},
	{name: "british region is GB", p: model.Posting{Title: "Data Analyst", Locations: []string{"UKM7"}, RemoteHint: "remote"}, regions: "GB"},
	{name: "italian province with a letter last", p: model.Posting{Title: "Data Analyst", Locations: []string{" ITI4E "}, RemoteHint: "remote"}, regions: "IT"},

	{name: "trap: London postcode district", p: model.Posting{Title: "Data Analyst", Locations: []string{"SE22"}, RemoteHint: "remote"}, regions: "!GB"},
	{name: "trap: warehouse site code", p: model.Posting{Title: "Warehouse Associate", Locations: []string{"LTN4"}, RemoteHint: "remote"}, regions: "!LT"},
	{name: "trap: Turin warehouse code", p: model.Posting{Title: "Warehouse Associate", Locations: []string{"TRN2"}, RemoteHint: "remote"}, regions: "!TR"},
	{name: "trap: letters only", p: model.Posting{Title: "Data Analyst", Locations: []string{"ITCX"}, RemoteHint: "remote"}, regions: "!IT"},
	{name: "trap: too long", p: model.Posting{Title: "Data Analyst", Locations: []string{"DEA123"}, RemoteHint: "remote"}, regions: "!DE"},
}

func TestNutsCodeCases(t *testing.T) {
	opts := Options{Now: time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)}
	for _, tc := range nutsCodeCases {
		t.Run(tc.name, func(t *testing.T) { checkFieldCase(t, tc, opts) })
	}
}

// FuzzNutsCodeEntry runs nutsCodeEntry on any input: no panic.
func FuzzNutsCodeEntry(f *testing.F) {
	for _, tc := range nutsCodeCases {
		f.Add(tc.p.Locations[0])
	}
	f.Fuzz(func(t *testing.T, loc string) { _ = nutsCodeEntry(loc) })
}
