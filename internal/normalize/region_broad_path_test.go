package normalize

import (
	"testing"
	"time"
)

// broadPathCases: a broad region heading a path to one country, beside
// the lists and examples that keep every place.
var broadPathCases = []truthCase{
	{name: "emea over a country", p: remotePost("EMEA - Netherlands"), regions: "NL"},
	{name: "europe over a country", p: remotePost("Europe - Czech Republic"), regions: "CZ"},
	{name: "apac over a country and a town", p: remotePost("APAC - Japan - Osaka"), regions: "JP"},
	{name: "amer over a country, a province and a town", p: remotePost("AMER - Canada - Quebec - Montreal"), regions: "CA"},
	{name: "latam over a country", p: remotePost("LATAM - Chile"), regions: "CL"},
	{name: "remote before the path", p: remotePost("Remote - EMEA - Ireland"), regions: "IE"},
	{name: "an en dash between the parts", p: remotePost("EMEA – Sweden"), regions: "SE"},
	{name: "bare dashes, a region with a dash of its own", p: remotePost("Asia-Pacific-India-Bengaluru"), regions: "IN"},
	{name: "bare dashes after a region code", p: remotePost("EMEA-Spain-Valencia"), regions: "ES"},
	{name: "a note after the country", p: remotePost("EMEA - UK only"), regions: "GB"},
	// Traps.
	{name: "trap: a list after the region", p: remotePost("EMEA - UK, Ireland"), regions: "EMEA,GB,IE"},
	{name: "trap: a comma list of regions and countries", p: remotePost("EMEA, LATAM, Canada"), regions: "EMEA,LATAM,CA"},
	{name: "trap: a pipe keeps both", p: remotePost("Remote (EMEA) | Germany"), regions: "EMEA,DE"},
	{name: "trap: a region alone", p: remotePost("Remote - EMEA"), regions: "EMEA"},
	{name: "trap: a country heads the path", p: remotePost("Germany - EMEA"), regions: "DE,EMEA"},
	{name: "trap: two regions", p: remotePost("EMEA - APAC"), regions: "EMEA,APAC"},
	{name: "a region ending a path from a state up", p: remotePost("Remote, Texas, United States, AMER"), regions: "US"},
	{name: "a region ending a path from a town up", p: remotePost("Lyon, Auvergne-Rhône-Alpes, France, EMEA"), regions: "FR"},
	{name: "trap: a country and a region", p: remotePost("Germany, EMEA"), regions: "DE,EMEA"},
	{name: "trap: two countries and a region", p: remotePost("UK, Ireland, EMEA"), regions: "GB,IE,EMEA"},
	{name: "trap: a region's own dash, no country after it", p: remotePost("Asia-Pacific"), regions: "APAC"},
	{name: "trap: a country heads a bare-dash path", p: remotePost("Spain-EMEA"), regions: "ES,EMEA"},
}

func TestBroadPath(t *testing.T) {
	opts := Options{Now: time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)}
	for _, tc := range broadPathCases {
		t.Run(tc.name, func(t *testing.T) { checkTruthCase(t, tc, opts) })
	}
}

// TestBroadPathLoc: the rewrite alone.
func TestBroadPathLoc(t *testing.T) {
	for _, c := range []struct{ loc, want string }{
		{"EMEA - Germany", "Germany"}, {"Remote - Europe - Poland", "Remote - Poland"}, {"APAC - India - Pune", "India - Pune"},
		{"EMEA", "EMEA"}, {"EMEA - UK / Ireland", "EMEA - UK / Ireland"}, {"Europe (EU) - Spain", "Europe (EU) - Spain"},
		{"Hybrid - Berlin", "Hybrid - Berlin"},
		{"Asia-Pacific-China-Beijing", "China - Beijing"}, {"APAC-Japan", "Japan"}, {"Asia-Pacific", "Asia-Pacific"},
		{"EMEA-UK-Ireland", "UK - Ireland"}, {"Baden-Württemberg", "Baden-Württemberg"},
	} {
		if got := broadPathLoc(c.loc); got != c.want {
			t.Errorf("broadPathLoc(%q) = %q, want %q", c.loc, got, c.want)
		}
	}
}
