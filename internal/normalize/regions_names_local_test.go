package normalize

import (
	"strings"
	"testing"
)

// TestNamesLocal pins the names regions_names_local.go adds: Arabic place
// names, local spellings, and subdivision names that hold another place's
// name.
func TestNamesLocal(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"جدة", "SA"},
		{"الدمام، السعودية", "SA"},
		{"دبي، الإمارات", "AE"},
		{"الدوحة", "QA"},
		{"المنامة، البحرين", "BH"},
		{"الدار البيضاء", "MA"},
		{"Brussel", "BE"},
		{"Osterreich", "AT"},        // Österreich typed without the umlaut
		{"Wien, Oesterreich", "AT"}, // or with "oe" for it
		{"Rīga, Latvija", "LV"},
		{"CDMX (remoto)", "MX"},
		{"Newcastle, New South Wales", "AU"},
		{"Wollongong NSW, New South Wales, Australia", "AU"},
		{"Cholet, Maine-et-Loire", "FR"},
		{"Halifax, Nova Scotia", "CA"},
		{"Moncton, New Brunswick", "CA"},
		// the shorter names still read alone
		{"Cardiff, Wales", "GB"},
		{"Portland, Maine", "US"},
		// "عمان" is Amman and Oman: left out
		{"عمان", ""},
	} {
		if got := strings.Join(Regions(tc.in), ","); got != tc.want {
			t.Errorf("Regions(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}

// TestNamesLocalMore pins the Hebrew, Vietnamese, Arabic country and Latin
// American names.
func TestNamesLocalMore(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"חיפה", "IL"},
		{"פתח תקווה, ישראל", "IL"},
		{"Quận 1, Hồ Chí Minh", "VN"},
		{"Đà Nẵng", "VN"},
		{"الهند", "IN"},
		{"كندا", "CA"},
		{"Montevideo, Uruguay", "UY"},
		{"Recoleta, CABA", "AR"},
		{"Las Condes, Región Metropolitana", "CL"},
	} {
		if got := strings.Join(Regions(tc.in), ","); got != tc.want {
			t.Errorf("Regions(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}

func TestNamesLocalProvinces(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"Sandton, Gauteng", "ZA"},
		{"Stellenbosch, Western Cape", "ZA"},
		{"A Coruña", "ES"},
		{"Viña del Mar, Región de Valparaíso", "CL"},
		{"Debrecen", "HU"},
		{"Cluj", "RO"},
	} {
		if got := strings.Join(Regions(fixCodeLoc(tc.in)), ","); got != tc.want {
			t.Errorf("%q = %q, want %q", tc.in, got, tc.want)
		}
	}
}
