package normalize

import (
	"testing"
	"time"

	"github.com/gigscout/gigscout/internal/model"
)

// townLegendsCases pin region_town_legends.go: a legendary place name alone
// names no region; with a country or a state code beside it, it still does.
var townLegendsCases = []truthCase{
	{name: "legend alone after remote", p: model.Posting{Title: "Support Agent", Locations: []string{"Remote - Atlantis"}, RemoteHint: "remote"}, regions: "none"},
	{name: "Himalayan legend alone", p: model.Posting{Title: "Support Agent", Locations: []string{"Shangri-La"}, RemoteHint: "remote"}, regions: "none"},
	{name: "legend with its country", p: model.Posting{Title: "Support Agent", Locations: []string{"Atlantis, South Africa"}, RemoteHint: "remote"}, regions: "ZA"},
	{name: "legend with a US state code", p: model.Posting{Title: "Support Agent", Locations: []string{"Atlantis, FL"}, RemoteHint: "remote"}, regions: "US"},
	// Trap: other gazetteer towns read alone are untouched.
	{name: "trap: a real town alone still reads", p: model.Posting{Title: "Support Agent", Locations: []string{"Remote - Durban"}, RemoteHint: "remote"}, regions: "ZA"},
}

func TestTownLegendsCases(t *testing.T) {
	opts := Options{Now: time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)}
	for _, tc := range townLegendsCases {
		t.Run(tc.name, func(t *testing.T) { checkFieldCase(t, tc, opts) })
	}
}
