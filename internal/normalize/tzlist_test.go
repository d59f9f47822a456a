package normalize

import (
	"slices"
	"testing"

	"github.com/gigscout/gigscout/internal/model"
)

// TestTimezoneAfterPlace: a US time zone after a named place in a list is
// that place's working hours, not the US; a time zone alone still reads
// as the US, and real lists of places keep every place.
func TestTimezoneAfterPlace(t *testing.T) {
	tests := []struct {
		text string
		want []string
	}{
		{"This role is remote in Canada, EST hours.", []string{"CA"}},
		{"Fully remote in Canada, EST or PST hours.", []string{"CA"}},
		{"Remote in the US, EST hours.", []string{"US"}},
		// Traps: a list of places, and a time zone with no place.
		{"Remote in Canada, Mexico or the US.", []string{"CA", "MX", "US"}},
		{"Remote role, EST hours.", []string{"US"}},
	}
	for _, tt := range tests {
		l := Normalize(&model.Posting{Title: "Data Analyst", DescriptionText: tt.text}, Options{})
		got := slices.Clone(l.RemoteRegions)
		slices.Sort(got)
		if !slices.Equal(got, tt.want) {
			t.Errorf("%q: regions %v, want %v", tt.text, l.RemoteRegions, tt.want)
		}
	}
}
