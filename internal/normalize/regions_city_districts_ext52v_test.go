package normalize

import (
	"testing"

	"github.com/gigscout/gigscout/internal/model"
)

func ext52vRemoteAt(title, loc string) model.Posting {
	return model.Posting{Title: title, RemoteHint: "remote", Locations: []string{loc}}
}

// ext52vCases pin regions_city_districts_ext52v.go: a quarter or free zone
// of a large city written alone in the location field. Traps keep names
// that are towns or words elsewhere unread when alone.
var ext52vCases = []truthCase{
	{name: "bangalore layout suburb alone", p: ext52vRemoteAt("Nanny", "BTM Layout"), regions: "IN"},
	{name: "bangalore road quarter alone", p: ext52vRemoteAt("Cook", "Sarjapur Road"), regions: "IN"},
	{name: "bangalore suburb with lead", p: ext52vRemoteAt("Driver", "Remote - Bellandur"), regions: "IN"},
	{name: "dubai financial centre short", p: ext52vRemoteAt("Compliance Officer", "DIFC"), regions: "AE"},
	{name: "dubai lake towers bracketed", p: ext52vRemoteAt("Courier", "JLT (Jumeirah Lake Towers)"), regions: "AE"},
	{name: "dubai bay quarter alone", p: ext52vRemoteAt("Broker", "Business Bay"), regions: "AE"},
	{name: "dubai industrial quarter", p: ext52vRemoteAt("Welder", "Al Quoz"), regions: "AE"},
	{name: "cairo satellite city", p: ext52vRemoteAt("Accountant", "Sheikh Zayed City"), regions: "EG"},
	{name: "mexico city western edge", p: ext52vRemoteAt("Chofer", "Interlomas"), regions: "MX"},
	{name: "trap: english town name alone stays unread", p: ext52vRemoteAt("Nanny", "Whitefield"), regions: "none"},
	{name: "trap: bare sheikh zayed stays unread", p: ext52vRemoteAt("Driver", "Sheikh Zayed"), regions: "none"},
}

func TestExt52vCases(t *testing.T) { runFieldCases(t, ext52vCases) }
