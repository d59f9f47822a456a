package normalize

import (
	"testing"

	"github.com/gigscout/gigscout/internal/model"
)

// demonymZoneCases pin region_demonym_zone_field.go. Traps: working time
// words, an ocean's time, a demonym in a longer sentence-like field, a
// place the field already names.
var demonymZoneCases = []truthCase{
	{name: "australian zones", p: model.Posting{Title: "Copywriter", Locations: []string{"Australian time zones"}, RemoteHint: "remote"}, regions: "AU"},
	{name: "mexican business hours", p: model.Posting{Title: "Copywriter", Locations: []string{"Mexican business hours"}, RemoteHint: "remote"}, regions: "MX"},
	{name: "remote note before latin american", p: model.Posting{Title: "Copywriter", Locations: []string{"Remote - Latin American timezones"}}, remote: "remote", regions: "LATAM"},
	{name: "asian zones in brackets", p: model.Posting{Title: "Copywriter", Locations: []string{"Remote (Asian time zones)"}}, remote: "remote", regions: "APAC"},
	{name: "philippine time", p: model.Posting{Title: "Copywriter", Locations: []string{"Philippine time"}, RemoteHint: "remote"}, regions: "PH"},

	{name: "trap: full time", p: model.Posting{Title: "Copywriter", Locations: []string{"Remote, Full time"}}, remote: "remote", regions: "none"},
	{name: "trap: flexible hours", p: model.Posting{Title: "Copywriter", Locations: []string{"Flexible hours"}, RemoteHint: "remote"}, regions: "none"},
	{name: "trap: an ocean's time", p: model.Posting{Title: "Copywriter", Locations: []string{"Indian Ocean time"}, RemoteHint: "remote"}, regions: "none"},
	{name: "trap: the place already named", p: model.Posting{Title: "Copywriter", Locations: []string{"Berlin office hours"}, RemoteHint: "remote"}, regions: "DE"},
}

func TestDemonymZoneCases(t *testing.T) {
	for _, tc := range demonymZoneCases {
		t.Run(tc.name, func(t *testing.T) { checkFieldCase(t, tc, fieldCaseOpts) })
	}
}
