package normalize

import (
	"slices"
	"testing"
)

// TestRemoteNoteOnWholeList: a closing "(Remote)" after a list of places
// joined by commas and "or" is said of the whole list; with a semicolon or
// bar, or with "remote" written in a part of its own, the earlier places
// stay offices.
func TestRemoteNoteOnWholeList(t *testing.T) {
	for _, tt := range []struct {
		loc  string
		want []string
	}{
		{"Germany, UK or US (Remote)", []string{"DE", "GB", "US"}},
		{"Canada or US (Remote)", []string{"CA", "US"}},
		{"Spain, Portugal [fully remote]", []string{"ES", "PT"}},
		{"Berlin, Germany (Remote)", []string{"DE"}},
		// Traps: the earlier places are offices.
		{"Paris, Madrid, Remote EU", []string{"EU"}},
		{"London | Berlin (Remote)", []string{"DE"}},
		{"Toronto, Canada; US (Remote)", []string{"US"}},
		{"Mexico City, Remote (US)", []string{"US"}},
	} {
		ri := ParseRemote("", []string{tt.loc}, "")
		if !slices.Equal(ri.Regions, tt.want) {
			t.Errorf("%q: regions %v, want %v", tt.loc, ri.Regions, tt.want)
		}
	}
}
