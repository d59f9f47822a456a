package normalize

import (
	"reflect"
	"testing"
)

// TestIndiaSpellings: misspelt and colloquial names of Indian cities read
// as India alone, after a work mode and in lower case; words and places
// elsewhere stay unread.
func TestIndiaSpellings(t *testing.T) {
	for _, c := range []struct {
		loc  string
		want []string
	}{
		{"Banglore", []string{"IN"}},
		{"Bengaluru East, Bengalure", []string{"IN"}},
		{"Remote - Hydrabad", []string{"IN"}},
		{"Gurgoan, Haryana", []string{"IN"}},
		{"Hybrid - Nodia", []string{"IN"}},
		{"chenai", []string{"IN"}},
		{"Kolkatta (WFO)", []string{"IN"}},
		{"Dilli", []string{"IN"}},
		{"Amdavad", []string{"IN"}},
		{"Vishakhapatnam", []string{"IN"}},
		{"Panaji, Goa", []string{"IN"}},
		// traps: words and namesakes elsewhere
		{"Deli", nil},
		{"Mum", nil},
		{"Puna", nil},
		{"BLR", nil},
	} {
		if got := Regions(c.loc); !reflect.DeepEqual(got, c.want) {
			t.Errorf("Regions(%q) = %v, want %v", c.loc, got, c.want)
		}
	}
}
