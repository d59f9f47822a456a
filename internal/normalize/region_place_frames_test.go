package normalize

import (
	"strings"
	"testing"
)

// The place frames of region_place_frames.go: each location is read the way
// the remote reader reads a location field (fixCodeLoc, then Regions).
func TestPlaceFrameRegions(t *testing.T) {
	cases := []struct {
		loc, want string
	}{
		// A town and a code without a comma.
		{"Paris KY", "US"},
		{"Memphis TN", "US"},
		{"LONDON ON (3 Locations)", "CA"},
		{"Kingston ON", "CA"},
		{"Quality Lab, Tempe AZ", "US"},
		// A state code before the country.
		{"Palo Alto, CA USA", "US"},
		{"Sacramento, CA United States", "US"},
		// A leading state code before a US town.
		{"CA - San Diego", "US"},
		{"CA - Sacramento; TX - Houston", "US"},
		{"IN - Chennai", "IN"},
		{"MI-Detroit", "US"},
		{"GA - Savannah", "US"},
		{"MI - Detroit Sales Office", "US"},
		{"IN - Pune Office", "IN"},
		// A ZIP code after a town and its state code.
		{"Pittsburgh PA, 15222", "US"},
		{"Jefferson Hills PA, 15025, 565 Coal Valley Road", "US"},
		{"Erie PA, 16501-1234", "US"},
		// A town before another country's state or province.
		{"Hamilton, Ontario", "CA"},
		{"Kingston, Ontario, Canada", "CA"},
		{"Athens, Ohio", "US"},
		{"Lima, Ohio, USA", "US"},
		{"Toronto, New York, Boston", "CA,US"},
		// Regions of countries.
		{"Leipzig, Saxony", "DE"},
		{"Seville, Andalusia", "ES"},
		{"Suzhou, Jiangsu", "CN"},
		{"Bergamo, Lombardy, Italy", "IT"},
		{"Hampshire", "GB"},
		{"Concord, New Hampshire", "US"},
		{"Remote - Pacific Northwest", "US"},
		{"Reading, Berkshire", "GB"},
		// An ATS's trailing country code.
		{"Rosario, Santa Fe, AR", "AR"},
		{"Lyon, Rhone, fr", "FR"},
		// A leading ISO code before a dash or a town.
		{"COL - Medellin", "CO"},
		{"MEX Monterrey Plant 2", "MX"},
		{"CR - Heredia", "CR"},
		{"RO-CLUJ-NAPOCA-Strada Mare 7", "RO"},
		{"Liberia, Guanacaste Province, CR, CR", "CR"},
		{"Hermosillo, Sonora", "MX"},
		// Large US towns alone.
		{"Sunnyvale", "US"},
		{"Portland", "US"},
	}
	for _, c := range cases {
		got := strings.Join(sortedRegions(Regions(fixCodeLoc(c.loc))), ",")
		if got != regionSet(c.want) {
			t.Errorf("%q: got %q (rewritten %q), want %q", c.loc, got, fixCodeLoc(c.loc), c.want)
		}
	}
}

// Locations the frames must leave alone.
func TestPlaceFrameTraps(t *testing.T) {
	for _, loc := range []string{
		"Hybrid CA",                    // a work mode, no town
		"Remote OR",                    // the same
		"Vienna OR Prague",             // "OR" between towns
		"MADRID DC",                    // a site, not Washington
		"Rome, Georgia",                // Georgia stays the country's reading
		"PER - Lima",                   // PER is a word before it is Peru
		"AND - Andorra la Vella Plant", // the same for AND
		"Portland Cement Works",        // a town alone only when it is the whole location
		"Kent",                         // left out: a county and US towns
		"Springfield, IL",              // the usual shape is Regions' own
		"Dover, Kent County, DE",       // a county before a state code: not an ATS country
		"CA-Alberta-Calgary",           // CA is a US state code too: the other readers decide
		"US, Columbus OH",              // a country first: no rewrite
		"",
	} {
		if f := placeFrameLoc(loc); f != "" {
			t.Errorf("%q rewritten to %q, want it left alone", loc, f)
		}
	}
}

// Amsterdam carries its province's code (North Holland, NH), which is also
// New Hampshire's: before it the town is Dutch, before New York's it is the
// US town.
func TestAmsterdamProvinceCode(t *testing.T) {
	for _, c := range []struct{ code, want string }{{"NH", "netherlands"}, {"NY", "United States"}} {
		if got := townCodeLoc([]string{"Amsterdam", c.code}); got != c.want {
			t.Errorf("Amsterdam, %s: got %q, want %q", c.code, got, c.want)
		}
	}
}
