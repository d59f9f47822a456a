package normalize

import (
	"testing"
	"time"

	"github.com/gigscout/gigscout/internal/model"
)

// esCommunityCodeCases pin region_es_community_code.go; traps: Brazilian
// towns and shorthand before ES, a code that is no Spanish community.
var esCommunityCodeCases = []truthCase{
	{name: "Valencian community code", p: model.Posting{Title: "Analista", Locations: []string{"VC, ES"}, RemoteHint: "remote"}, regions: "ES"},
	{name: "Basque country code", p: model.Posting{Title: "Analista", Locations: []string{"PV, ES"}, RemoteHint: "remote"}, regions: "ES"},
	{name: "Galicia code", p: model.Posting{Title: "Analista", Locations: []string{"GA, ES"}, RemoteHint: "remote"}, regions: "ES"},

	{name: "trap: Brazilian town before ES", p: model.Posting{Title: "Analista", Locations: []string{"Cariacica, ES"}, RemoteHint: "remote"}, regions: "BR"},
	{name: "trap: Brazilian shorthand before ES", p: model.Posting{Title: "Analista", Locations: []string{"VV, ES"}, RemoteHint: "remote"}, regions: "BR"},
}

func TestEsCommunityCodeCases(t *testing.T) {
	opts := Options{Now: time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)}
	for _, tc := range esCommunityCodeCases {
		t.Run(tc.name, func(t *testing.T) { checkFieldCase(t, tc, opts) })
	}
}
