package normalize

import (
	"reflect"
	"testing"
)

// TestIndiaNamesMore: renamed Indian cities, the short forms boards write
// and the technology parks read as India, in a field alone or before a
// bracket; names that are words or towns elsewhere stay unread.
func TestIndiaNamesMore(t *testing.T) {
	for _, c := range []struct {
		loc  string
		want []string
	}{
		{"Belagavi", []string{"IN"}},
		{"Kalaburagi, Karnataka", []string{"IN"}},
		{"Remote - Trichy", []string{"IN"}},
		{"Calicut", []string{"IN"}},
		{"Hubli-Dharwad", []string{"IN"}},
		{"Pimpri-Chinchwad", []string{"IN"}},
		{"Electronic City", []string{"IN"}},
		{"Gachibowli", []string{"IN"}},
		{"HITEC City", []string{"IN"}},
		{"Kakkanad (Hybrid)", []string{"IN"}},
		{"Chhatrapati Sambhajinagar", []string{"IN"}},
		// traps: words and namesakes elsewhere
		{"Whitefield", nil},
		{"Erode", nil},
		{"NCR", nil},
	} {
		if got := Regions(c.loc); !reflect.DeepEqual(got, c.want) {
			t.Errorf("Regions(%q) = %v, want %v", c.loc, got, c.want)
		}
	}
}
