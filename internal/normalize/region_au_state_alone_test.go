package normalize

import (
	"testing"
	"time"

	"github.com/gigscout/gigscout/internal/model"
)

// auStateAloneCases: an Australian state code as the whole location field,
// beside traps that keep their reading.
var auStateAloneCases = []truthCase{
	{name: "au code alone", p: remotePost("QLD"), regions: "AU"},
	{name: "au: a mode word before the code", p: remotePost("Remote - TAS"), regions: "AU"},
	{name: "au code with hybrid in brackets", p: model.Posting{Title: "Engineer", RemoteHint: "Hybrid", Locations: []string{"VIC (Hybrid)"}}, regions: "AU"},
	{name: "au code with only", p: remotePost("NSW only"), regions: "AU"},
	{name: "trap au: a code of two countries", p: remotePost("WA"), regions: "none"},
	{name: "au code after a town and before a postcode", p: remotePost("Wollongong NSW 2500"), regions: "AU"},
	{name: "trap au: a lower-case word before the code", p: remotePost("near NSW border towns"), regions: "none"},
	{name: "trap au: south australia's code alone", p: remotePost("SA"), regions: "none"},
	{name: "trap au: a name, not a code", p: remotePost("Vic"), regions: "none"},
	{name: "au code after a town of two countries", p: remotePost("Newcastle NSW"), regions: "AU"},
	{name: "trap au: two codes of the list", p: remotePost("NSW / VIC"), regions: "none"},
}

func TestAUStateAlone(t *testing.T) {
	opts := Options{Now: time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)}
	for _, tc := range auStateAloneCases {
		t.Run(tc.name, func(t *testing.T) { checkTruthCase(t, tc, opts) })
	}
}
