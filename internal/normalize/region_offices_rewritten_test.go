package normalize

import (
	"testing"

	"github.com/gigscout/gigscout/internal/model"
)

// officesRewrittenCases pin region_offices_rewritten.go: an office entry
// after the remote entry stays an office when fixCodeLocs rewrites it, and
// an entry naming only an area makes an address beside it an office.
// Traps: a bare country beside an area, two addresses and no area, a
// hybrid address beside an area.
var officesRewrittenCases = []truthCase{
	{name: "office after the remote entry", p: model.Posting{Title: "Platform Engineer", Locations: []string{"Remote - Europe", "Manchester, UK"}, RemoteHint: "remote"}, regions: "EU"},
	{name: "office with a province after the remote entry", p: model.Posting{Title: "Platform Engineer", Locations: []string{"Remote - Latin America", "Vancouver, British Columbia, Canada"}, RemoteHint: "remote"}, regions: "LATAM"},
	{name: "area entry beside an office address", p: model.Posting{Title: "Platform Engineer", Locations: []string{"Madrid, ES", "EMEA"}, RemoteHint: "remote"}, regions: "EMEA"},
	{name: "area entry written out", p: model.Posting{Title: "Platform Engineer", Locations: []string{"Chicago, IL, US", "Latin America"}, RemoteHint: "remote"}, regions: "LATAM"},

	{name: "trap: a bare country beside an area", p: model.Posting{Title: "Platform Engineer", Locations: []string{"EMEA", "Germany"}, RemoteHint: "remote"}, regions: "EMEA,DE"},
	{name: "trap: two addresses and no area", p: model.Posting{Title: "Platform Engineer", Locations: []string{"Madrid, ES", "Lisbon, PT"}, RemoteHint: "remote"}, regions: "ES,PT"},
	{name: "trap: a hybrid address beside an area", p: model.Posting{Title: "Platform Engineer", Locations: []string{"Hybrid - Madrid, Spain", "EMEA"}, RemoteHint: "remote"}, regions: "ES,EMEA"},
}

func TestOfficesRewrittenCases(t *testing.T) {
	for _, tc := range officesRewrittenCases {
		t.Run(tc.name, func(t *testing.T) { checkFieldCase(t, tc, fieldCaseOpts) })
	}
}
