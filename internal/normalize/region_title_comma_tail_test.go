package normalize

import (
	"testing"

	"github.com/gigscout/gigscout/internal/model"
)

// titleCommaCases pin region_title_comma_tail.go: a remote title ending
// with a region after a comma, beside a location naming none. Traps: a
// specialty after the comma, a longer tail, a location that names its own
// region, an on-site listing.
var titleCommaCases = []truthCase{
	{name: "area after a comma", p: model.Posting{Title: "Content Strategist, Latin America", Locations: []string{"Remote"}}, remote: "remote", regions: "LATAM"},
	{name: "country after a comma", p: model.Posting{Title: "Customer Success Manager, Australia", RemoteHint: "remote"}, regions: "AU"},
	{name: "group after a comma", p: model.Posting{Title: "Channel Partner Manager, Nordics", Locations: []string{"Remote"}}, remote: "remote", regions: "SE,NO,DK,FI,IS"},

	{name: "trap: a specialty after the comma", p: model.Posting{Title: "Software Engineer, Payments", Locations: []string{"Remote"}}, remote: "remote", regions: "none"},
	{name: "trap: a longer tail", p: model.Posting{Title: "Engineer, Europe Platform Reliability Team", Locations: []string{"Remote"}}, remote: "remote", regions: "none"},
	{name: "trap: the location names its region", p: model.Posting{Title: "Account Manager, Germany", Locations: []string{"Remote - Austria"}}, remote: "remote", regions: "AT"},
	{name: "trap: on-site listing", p: model.Posting{Title: "Account Manager, Germany", Locations: []string{"Munich"}, RemoteHint: "onsite"}, regions: "none"},
}

func TestTitleCommaCases(t *testing.T) {
	for _, tc := range titleCommaCases {
		t.Run(tc.name, func(t *testing.T) { checkFieldCase(t, tc, fieldCaseOpts) })
	}
}
