package normalize

import (
	"strings"
	"testing"
)

// TestStreetLeadRegions pins house addresses whose street is named after a
// country or city: the street names no place of the listing. Traps keep
// first parts that are no street address.
func TestStreetLeadRegions(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"1200 Canada Ave, Fremont, California", "US"},
		{"48 Holland Road, Ipswich, Queensland, Australia", "AU"},
		{"7 Jamaica Street, Glasgow, Scotland", "GB"},
		{"501 Mexico Blvd., Suite 12, Tucson, AZ", "US"},
		{"Queensland Road, Hackney, London", "GB"},
		{"Texas Avenue, Kingston, Jamaica", "JM"},
		{"Ontario Street, Montreal, QC", "CA"},
		// traps
		{"Queensland, Australia", "AU"},                     // no street word
		{"Queensland road trip, Australia", "AU"},           // a street word in lower case is no street's name
		{"Queensland Road", "AU"},                           // no comma: read whole
		{"2 offices, Germany", "DE"},                        // no street word after the number
		{"100% Remote, Canada", "CA"},                       // no street word
		{"1200 Canada Ave", "CA"},                           // no comma: read whole
		{"Canada Ave, Toronto", "CA"},                       // no house number
		{"3 Mexico City Street, Mexico City, Mexico", "MX"}, // the country is named after the street too
	} {
		if got := strings.Join(Regions(tc.in), ","); got != tc.want {
			t.Errorf("Regions(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}
