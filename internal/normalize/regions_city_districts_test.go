package normalize

import (
	"testing"

	"github.com/gigscout/gigscout/internal/model"
)

func remotePostingAt(title, loc string) model.Posting {
	return model.Posting{Title: title, RemoteHint: "remote", Locations: []string{loc}}
}

// cityDistrictCases pin regions_city_districts.go: a quarter or free zone
// of a large city written alone in the location field. Traps keep names
// that are towns or words elsewhere unread when alone.
var cityDistrictCases = []truthCase{
	{name: "bangalore layout suburb alone", p: remotePostingAt("Nanny", "BTM Layout"), regions: "IN"},
	{name: "bangalore road quarter alone", p: remotePostingAt("Cook", "Sarjapur Road"), regions: "IN"},
	{name: "bangalore suburb with lead", p: remotePostingAt("Driver", "Remote - Bellandur"), regions: "IN"},
	{name: "dubai financial centre short", p: remotePostingAt("Compliance Officer", "DIFC"), regions: "AE"},
	{name: "dubai lake towers bracketed", p: remotePostingAt("Courier", "JLT (Jumeirah Lake Towers)"), regions: "AE"},
	{name: "dubai bay quarter alone", p: remotePostingAt("Broker", "Business Bay"), regions: "AE"},
	{name: "dubai industrial quarter", p: remotePostingAt("Welder", "Al Quoz"), regions: "AE"},
	{name: "cairo satellite city", p: remotePostingAt("Accountant", "Sheikh Zayed City"), regions: "EG"},
	{name: "mexico city western edge", p: remotePostingAt("Chofer", "Interlomas"), regions: "MX"},
	{name: "trap: english town name alone stays unread", p: remotePostingAt("Nanny", "Whitefield"), regions: "none"},
	{name: "trap: bare sheikh zayed stays unread", p: remotePostingAt("Driver", "Sheikh Zayed"), regions: "none"},
}

func TestCityDistrictCases(t *testing.T) { runFieldCases(t, cityDistrictCases) }
