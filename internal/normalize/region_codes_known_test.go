package normalize

import (
	"testing"

	"github.com/gigscout/gigscout/internal/model"
)

// TestRegionCodesKnown checks that every region code normalize can write
// is one the API accepts and pages can name (model.RegionNames): a code
// missing there would make a listing's own region a 400 "unknown region"
// in a search and show as a bare code on its page.
func TestRegionCodesKnown(t *testing.T) {
	check := func(where, code string) {
		t.Helper()
		if _, ok := model.RegionNames[code]; !ok {
			t.Errorf("%s writes region %q, which model.RegionNames does not name", where, code)
		}
	}
	for name, code := range regionNames {
		check("regionNames["+name+"]", code)
	}
	for key, code := range regionCodes {
		check("regionCodes["+key+"]", code)
	}
	for name, codes := range regionGroups {
		for _, c := range codes {
			check("regionGroups["+name+"]", c)
		}
	}
	// And what Normalize writes for every case of the agreement tables.
	for _, path := range agreementFiles {
		for _, c := range readAgreementCases(t, path) {
			for _, r := range agreementListing(c).RemoteRegions {
				check(path+" "+c.Name, r)
			}
		}
	}
}
