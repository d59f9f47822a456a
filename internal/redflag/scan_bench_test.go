package redflag

import "testing"

// BenchmarkCueScan: one pass of the shared cue set over one realistic
// description.
func BenchmarkCueScan(b *testing.B) {
	v := newView(FieldText, benchListing(b).Text)
	set := sharedCues()
	b.ReportAllocs()
	for b.Loop() {
		set.scan(v.s)
	}
}
