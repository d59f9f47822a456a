package normalize

import (
	"reflect"
	"testing"
)

// TestIslandsProvinces: Indonesian provinces outside Java, Metro Manila's
// cities and the Philippine island groups; traps stay unread or keep their
// reading.
func TestIslandsProvinces(t *testing.T) {
	for _, c := range []struct {
		loc  string
		want []string
	}{
		{"Makassar, Sulawesi Selatan", []string{"ID"}},
		{"Southeast Sulawesi", []string{"ID"}},
		{"Balikpapan, East Kalimantan", []string{"ID"}},
		{"Remote - Pekanbaru", []string{"ID"}},
		{"Muntinlupa City", []string{"PH"}},
		{"Parañaque", []string{"PH"}},
		{"Visayas", []string{"PH"}},
		{"Ortigas Center, Pasig", []string{"PH"}},
		// traps
		{"Papua", nil},                       // the island of two countries
		{"Papua New Guinea", []string{"PG"}}, // the country keeps its reading
		{"Solo", nil},                        // a word
	} {
		if got := Regions(c.loc); !reflect.DeepEqual(got, c.want) {
			t.Errorf("Regions(%q) = %v, want %v", c.loc, got, c.want)
		}
	}
}
