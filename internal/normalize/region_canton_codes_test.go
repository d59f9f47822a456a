package normalize

import (
	"strings"
	"testing"
)

// Swiss and Dutch towns before their own canton or province code
// (worldCityData in region_world_cities.go): the code is the town's, not
// the US state, Canadian province or country it also spells.
func TestCantonProvinceCodes(t *testing.T) {
	for _, tc := range []struct{ loc, want string }{
		{"Bern, BE", "CH"},      // not Belgium
		{"Genève, GE", "CH"},    // not Georgia
		{"Lausanne, VD", "CH"},  //
		{"Utrecht, UT", "NL"},   // not Utah
		{"Eindhoven, NB", "NL"}, // not New Brunswick
		{"Rotterdam, ZH", "NL"}, //
		{"Zurich, ZH", "CH"},    //
		{"Provo, UT", "US"},     // a US town keeps its state
		{"Moncton, NB", "CA"},   // a Canadian town keeps its province
		{"Brussels, BE", "BE"},  // Belgium's own code
		{"Tbilisi, GE", "GE"},   // Georgia's own code
	} {
		got := strings.Join(Regions(fixCodeLoc(tc.loc)), ",")
		if got != tc.want {
			t.Errorf("%q: got %q (rewritten %q), want %q", tc.loc, got, fixCodeLoc(tc.loc), tc.want)
		}
	}
}

// Malta's towns where its online-gaming employers sit, before Malta's code
// (which is also Montana's) or alone.
func TestMaltaTowns(t *testing.T) {
	for _, tc := range []struct{ loc, want string }{
		{"Msida, MT", "MT"},
		{"St. Julian's, MT", "MT"},
		{"Birkirkara", "MT"},
		{"Bozeman, MT", "US"},
	} {
		got := strings.Join(Regions(fixCodeLoc(tc.loc)), ",")
		if got != tc.want {
			t.Errorf("%q: got %q (rewritten %q), want %q", tc.loc, got, fixCodeLoc(tc.loc), tc.want)
		}
	}
}

// Pakistani and Indonesian towns before their province codes.
func TestProvinceCodesPKID(t *testing.T) {
	for _, tc := range []struct{ loc, want string }{
		{"Multan, PB", "PK"},    // Punjab, not Paraíba
		{"Islamabad, IS", "PK"}, // the capital territory, not Iceland
		{"Bandung, JB", "ID"},   //
		{"Jakarta, JK", "ID"},   // not Jammu and Kashmir
		{"Srinagar, JK", "IN"},  // an Indian town keeps its code
		{"Amritsar, PB", "IN"},  //
		{"Reykjavik, IS", "IS"}, //
	} {
		got := strings.Join(Regions(fixCodeLoc(tc.loc)), ",")
		if got != tc.want {
			t.Errorf("%q: got %q (rewritten %q), want %q", tc.loc, got, fixCodeLoc(tc.loc), tc.want)
		}
	}
}
