package normalize

import (
	"testing"
	"time"

	"github.com/gigscout/gigscout/internal/model"
)

// brazilStateCodesCases pin region_brazil_state_codes.go; traps: a
// Spanish town before ES, a US town before a state Brazil shares, a code
// that is no state.
var brazilStateCodesCases = []truthCase{
	{name: "dash", p: model.Posting{Title: "Analista", Locations: []string{"Mossoró - RN"}, RemoteHint: "remote"}, regions: "BR"},
	{name: "slash", p: model.Posting{Title: "Analista", Locations: []string{"Juazeiro do Norte/CE"}, RemoteHint: "remote"}, regions: "BR"},
	{name: "upper case", p: model.Posting{Title: "Analista", Locations: []string{"PETROPOLIS - RJ"}, RemoteHint: "remote"}, regions: "BR"},
	{name: "shared code after a Portuguese name", p: model.Posting{Title: "Analista", Locations: []string{"São José - SC"}, RemoteHint: "remote"}, regions: "BR"},
	{name: "country code after a slash", p: model.Posting{Title: "Analista", Locations: []string{"Serra/ES"}, RemoteHint: "remote"}, regions: "BR"},

	{name: "trap: Spanish town before ES", p: model.Posting{Title: "Analista", Locations: []string{"Getafe - ES"}, RemoteHint: "remote"}, regions: "!BR"},
	{name: "trap: US town before a shared code", p: model.Posting{Title: "Analyst", Locations: []string{"Greenville - SC"}, RemoteHint: "remote"}, regions: "!BR"},
	{name: "trap: no state code", p: model.Posting{Title: "Analyst", Locations: []string{"Team - QA"}, RemoteHint: "remote"}, regions: "!BR"},
}

func TestBrazilStateCodesCases(t *testing.T) {
	opts := Options{Now: time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)}
	for _, tc := range brazilStateCodesCases {
		t.Run(tc.name, func(t *testing.T) { checkFieldCase(t, tc, opts) })
	}
}

// FuzzBrazilPlaceSep runs brazilPlaceSep on any input: no panic.
func FuzzBrazilPlaceSep(f *testing.F) {
	for _, tc := range brazilStateCodesCases {
		f.Add(tc.p.Locations[0])
	}
	f.Fuzz(func(t *testing.T, loc string) { _ = brazilPlaceSep(loc) })
}
