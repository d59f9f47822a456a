package normalize

import (
	"testing"

	"github.com/gigscout/gigscout/internal/model"
)

// zonePairCases pin region_zone_pairs.go. Traps: Portugal named in
// full or with a single zone, South America alone.
var zonePairCases = []truthCase{
	{name: "pacific and eastern letters", p: model.Posting{Title: "Designer", Locations: []string{"Remote (ET/PT overlap)"}}, regions: "US"},
	{name: "central and mountain letters", p: model.Posting{Title: "Designer", Locations: []string{"Remote, MT/CT hours"}}, regions: "US"},
	{name: "north and south together", p: model.Posting{Title: "Designer", Locations: []string{"Remote - North and South America"}}, regions: "Americas"},
	{name: "north plus latin america", p: model.Posting{Title: "Designer", Locations: []string{"Remote (North + Latin America)"}}, regions: "Americas"},
	{name: "trap: portugal spelled out", p: model.Posting{Title: "Designer", Locations: []string{"Remote - Portugal"}}, regions: "PT"},
	{name: "trap: south america alone", p: model.Posting{Title: "Designer", Locations: []string{"Remote (South America)"}}, regions: "LATAM"},
}

func TestZonePairCases(t *testing.T) { runFieldCases(t, zonePairCases) }
