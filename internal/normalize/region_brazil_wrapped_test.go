package normalize

import (
	"testing"
	"time"
)

// brazilWrappedCases: a Brazilian town and its state code after a work-mode
// word, in brackets or after a dash, beside the US places that must keep
// their reading.
var brazilWrappedCases = []truthCase{
	{name: "portuguese mode word, bracketed alagoas capital", p: remotePost("Remoto (Maceió, AL)"), regions: "BR"},
	{name: "portuguese mode word, bracketed pará capital", p: remotePost("Remoto (Belém, PA)"), regions: "BR"},
	{name: "portuguese mode word, maranhão capital", p: remotePost("Remota (São Luís, MA)"), regions: "BR"},
	{name: "portuguese mode word, dash before mato grosso capital", p: remotePost("Remoto - Cuiabá, MT"), regions: "BR"},
	{name: "home office wrapping a santa catarina town", p: remotePost("Home office (Joinville, SC)"), regions: "BR"},
	{name: "unaccented brazilian city in brackets", p: remotePost("Remoto (Maceio, AL)"), regions: "BR"},
	{name: "trap: an alabama town in portuguese brackets", p: remotePost("Remoto (Huntsville, AL)"), regions: "US"},
	{name: "trap: a pennsylvania city after a dash", p: remotePost("Remoto - Scranton, PA"), regions: "US"},
	{name: "trap: a massachusetts town in english brackets", p: remotePost("Remote (Worcester, MA)"), regions: "US"},
	{name: "trap: puerto rico's capital keeps no region", p: remotePost("Remote (San Juan, PR)"), regions: ""},
	{name: "brazilian-only code still read by the other readers", p: remotePost("Remoto (Campinas, SP)"), regions: "BR"},
}

func TestBrazilWrapped(t *testing.T) {
	opts := Options{Now: time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)}
	for _, tc := range brazilWrappedCases {
		t.Run(tc.name, func(t *testing.T) { checkTruthCase(t, tc, opts) })
	}
}

func TestBrazilPlaceWrapped(t *testing.T) {
	for loc, want := range map[string]bool{
		"Remoto (Belém, PA)":     true,
		"Remoto - Maceió, AL":    true,
		"Híbrido (Cuiabá, MT)":   true,
		"Remoto (Campinas, SP)":  false, // a code only Brazil uses: the town-and-code readers have it
		"Remote (Cusco, PE)":     false,
		"Remoto (Dayton, OH)":    false,
		"Remoto (Erie, PA)":      false,
		"Office (Belém, PA)":     false, // not a work-mode word
		"Remoto (Belém, PA, BR)": false, // two commas: left to the other readers
		"Belém, PA":              false, // no mode word
		"Remoto ((Belém, PA))":   false,
		"Remoto":                 false,
		"":                       false,
	} {
		if got := brazilPlaceWrapped(loc); got != want {
			t.Errorf("brazilPlaceWrapped(%q) = %v, want %v", loc, got, want)
		}
	}
}
