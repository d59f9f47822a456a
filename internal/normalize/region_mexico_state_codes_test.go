package normalize

import (
	"testing"
	"time"
)

// mexicoStateCases: towns with a Mexican state's abbreviation, beside the
// abbreviations other countries' places share.
var mexicoStateCases = []truthCase{
	{name: "nuevo leon with dots", p: remotePost("San Nicolás de los Garza, N.L."), regions: "MX"},
	{name: "guanajuato", p: remotePost("Irapuato, Gto."), regions: "MX"},
	{name: "state of mexico in two words", p: remotePost("Tlalnepantla, Edo. Méx."), regions: "MX"},
	{name: "state of mexico in one", p: remotePost("Ecatepec, Edomex"), regions: "MX"},
	{name: "sonora after a work word", p: remotePost("Hybrid - Hermosillo, Son."), regions: "MX"},
	{name: "san luis potosi", p: remotePost("Soledad, S.L.P."), regions: "MX"},
	{name: "lower case", p: remotePost("apodaca, n.l."), regions: "MX"},
	// Traps.
	{name: "trap: newfoundland without dots", p: remotePost("Corner Brook, NL"), regions: "CA,NL"}, // as main reads it: not Mexico
	{name: "trap: british columbia", p: remotePost("Kelowna, BC"), regions: "CA"},
	{name: "trap: a colombian town", p: remotePost("Medellín, Col."), regions: "CO"},
	{name: "trap: an abbreviation alone", p: remotePost("Gto."), regions: "none"},
	{name: "trap: a foreign town", p: remotePost("Madrid, Ver."), regions: "ES"},
}

func TestMexicoStateCodes(t *testing.T) {
	opts := Options{Now: time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)}
	for _, tc := range mexicoStateCases {
		t.Run(tc.name, func(t *testing.T) { checkTruthCase(t, tc, opts) })
	}
}
