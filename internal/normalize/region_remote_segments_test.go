package normalize

import (
	"strings"
	"testing"
)

// TestRemoteSegmentRegions pins the remote scope read beside office places
// in one location field (region_remote_segments.go), and the fields it
// leaves to the whole reading.
func TestRemoteSegmentRegions(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"Lyon, Remote - EU", "EU"},
		{"Osaka, Japan; Remote - APAC", "APAC"},
		{"Cork, Ireland; Remote - EMEA; Edinburgh, United Kingdom", "EMEA"},
		{"Leeds, Remote US", "US"},
		{"Hamburg, Remote Canada, Remote US", "CA,US"},
		{"Denver, CO; Remote - Canada", "CA"},
		{"Lisbon or Remote (Europe)", "EU"},
		{"Munich | Remote - United Kingdom", "GB"},
		{"Nantes - Remote EU", "EU"},
	} {
		if got := strings.Join(remoteSegmentRegions(tc.in), ","); got != tc.want {
			t.Errorf("remoteSegmentRegions(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
	// Left to the whole reading (nil): no remote part naming a place, no
	// office part, or a list that the remote part opens.
	for _, in := range []string{
		"Remote, Boise, United States",       // the remote part names no place
		"Portland, OR or Remote",             // likewise; the state is Oregon's
		"Remote (Norway, Sweden, Denmark)",   // one part: brackets are not split
		"Remote - Poland, Czechia, Hungary",  // the remote part's list goes on
		"Remote (US), Remote (Canada)",       // no office part
		"Remote - US or EMEA",                // a list joined by "or"
		"Berlin, Germany",                    // no remote part
		"Madrid (Remote)",                    // one part
		"Houston, TX or Remote within Texas", // a US town alone names no place, so none is dropped
	} {
		if got := remoteSegmentRegions(in); got != nil {
			t.Errorf("remoteSegmentRegions(%q) = %v, want nil", in, got)
		}
	}
	// Through remoteRegions: the office cities before the scope no longer
	// add their countries; a plain list of places is read as before.
	for _, tc := range []struct {
		locs []string
		want string
	}{
		{[]string{"Lyon, Remote - EU"}, "EU"},
		{[]string{"Lyon, Madrid"}, "FR,ES"},
		{[]string{"Remote - Poland, Czechia, Hungary"}, "PL,CZ,HU"},
	} {
		if got := strings.Join(remoteRegions(tc.locs, ""), ","); got != tc.want {
			t.Errorf("remoteRegions(%q) = %q, want %q", tc.locs, got, tc.want)
		}
	}
}
