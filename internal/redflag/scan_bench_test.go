package redflag

import "testing"

func BenchmarkCueScan(b *testing.B) {
	v := newView(FieldText, benchListing(b).Text)
	set := sharedCues()
	b.Logf("len %d, patterns %d, matches %d", len(v.s), set.ac.PatternCount(), len(set.ac.FindAllOverlapping([]byte(v.s))))
	b.ReportAllocs()
	for b.Loop() {
		set.scan(v.s)
	}
}
func BenchmarkCueAC(b *testing.B) {
	v := newView(FieldText, benchListing(b).Text)
	set := sharedCues()
	bs := []byte(v.s)
	b.ReportAllocs()
	for b.Loop() {
		set.ac.FindAllOverlapping(bs)
	}
}

func TestCueStates(t *testing.T) {
	set := sharedCues()
	v := newView(FieldText, benchListing(t).Text)
	sc := set.scan(v.s)
	n := 0
	for _, c := range sc.cands {
		n += len(c)
	}
	t.Logf("patterns %d states %d cands %d", set.ac.PatternCount(), set.ac.StateCount(), n)
}
