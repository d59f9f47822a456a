package normalize

import (
	"strings"
	"testing"
)

// TestSubdivisionCompounds: subdivision names that hold a country's name
// read as their own country; the places with a code of their own and the
// country names alone keep their readings.
func TestSubdivisionCompounds(t *testing.T) {
	for _, c := range []struct{ loc, want string }{
		{"Vancouver, Colombie-Britannique", "CA"},
		{"Remote - Colombie-Britannique", "CA"},
		{"Albuquerque, Nouveau-Mexique", "US"},
		{"Kolumbia Brytyjska", "CA"},
		{"Nowy Meksyk", "US"},
		{"Emilia-Romania", "IT"},
		{"Pohjois-Karjala, Norra Karelen", "FI"},
		// Traps: the countries alone, and places with a code of their own.
		{"Bogotá, Colombie", "CO"},
		{"Remote - Mexique", "MX"},
		{"Romania", "RO"},
		{"Macao SAR", "MO"},
	} {
		if got := strings.Join(Regions(c.loc), ","); got != c.want {
			t.Errorf("Regions(%q) = %q, want %q", c.loc, got, c.want)
		}
	}
}
