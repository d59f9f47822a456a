package normalize

import (
	"testing"
	"time"
)

// A gazetteer town followed by its own country's ISO code is that country,
// also when the code is some other country's state code (Sweden's "SE" is
// Sergipe's in Brazil too).
func TestTownBeforeItsOwnISOCode(t *testing.T) {
	opts := Options{Now: time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)}
	for _, tc := range []truthCase{
		{name: "swedish town with sweden's code", p: remotePost("Linköping, SE"), regions: "SE"},
		{name: "another swedish town", p: remotePost("Örebro, SE"), regions: "SE"},
		{name: "trap: a town in sergipe", p: remotePost("Nossa Senhora do Socorro, SE"), regions: "BR"},
		{name: "trap: a town in bahia", p: remotePost("Feira de Santana, BA"), regions: "BR"},
		{name: "trap: german town before delaware's code", p: remotePost("Gütersloh, DE"), regions: "DE"},
		{name: "trap: a us town before its state", p: remotePost("Kalamazoo, MI"), regions: "US"},
	} {
		t.Run(tc.name, func(t *testing.T) { checkTruthCase(t, tc, opts) })
	}
}
