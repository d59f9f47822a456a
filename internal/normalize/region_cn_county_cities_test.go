package normalize

import (
	"strings"
	"testing"

	"github.com/gigscout/gigscout/internal/model"
)

// County-level Chinese cities written with 市, alone or leading a
// run-together address, read as the remote reader reads a location field.
func TestChineseCountyCityRegions(t *testing.T) {
	for _, tc := range []struct{ loc, want string }{
		{"昆山市花桥镇", "CN"},
		{"晋江市", "CN"},
		{"张家港市保税区", "CN"},
		{"浙江省慈溪市", "CN"},
		{"都江堰市", "CN"},
		// left alone: the bare name with no 市, an unknown Japanese city
		// with 市, a prefecture-level city already known
		{"晋江", ""},
		{"大和市中央", ""},
		{"宁波市鄞州区", "CN"},
	} {
		got := strings.Join(Regions(fixCodeLoc(tc.loc)), ",")
		if got != tc.want {
			t.Errorf("%q: got %q (rewritten %q), want %q", tc.loc, got, fixCodeLoc(tc.loc), tc.want)
		}
	}
}

// The same places through the whole normalizer, as a remote listing's
// location field.
func TestChineseCountyCityListing(t *testing.T) {
	for _, tc := range []struct{ loc, want string }{
		{"常熟市虞山街道", "CN"},
		{"石狮市", "CN"},
		{"東京都港区", "JP"},
	} {
		l := Normalize(&model.Posting{Title: "Backend Developer", Locations: []string{tc.loc}, RemoteHint: "Remote"}, testOpts)
		if got := strings.Join(l.RemoteRegions, ","); got != tc.want {
			t.Errorf("%q: got %q, want %q", tc.loc, got, tc.want)
		}
	}
}
