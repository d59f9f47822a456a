package normalize

import (
	"strings"
	"testing"
)

// TestEntryTailForms pins a place typed with a closing full stop, a US
// state code joined to the country by a dash, the dotted short form of the
// Emirates, two Qatari industrial towns and a Gulf town before another
// stated country, with near misses that keep
// their reading.
func TestEntryTailForms(t *testing.T) {
	for _, tc := range []struct{ loc, want string }{
		{"Norway.", "NO"},
		{"Remote - Portugal.", "PT"},
		{"Anywhere.", "worldwide"},
		{"OH-USA", "US"},
		{"ME-US", "US"},
		{"MA - US", "US"},
		{"Operations hub (U.A.E.)", "AE"},
		{"U.A.E", "AE"},
		{"Mesaieed, Qatar", "QA"},
		{"Ras Laffan Industrial City", "QA"},
		// a town of the Gulf table before another stated country
		{"Unaizah, Qatar", "QA"},
		{"Ibri, United Arab Emirates", "AE"},
		{"Khafji, Kuwait", "KW"},
		{"Hofuf, Saudi Arabia", "SA"},   // its own country
		{"Nizwa, Oman, Qatar", "OM,QA"}, // a country name before the last part
		// near misses
		{"Acme Ltd.", "none"}, // a full stop after no place
		{"Remote.", "none"},   // a bare mode word
		{"CA-US", "CA,US"},    // Canada beside the US, as a pair
		{"IN-UK", "IN,GB"},    // no US after the code
		{"IN - India", "IN"},  // the country spelled out
		{"DE-Berlin", "DE"},   // a country code before a town
		{"U.S.", "US"},        // its own dots, as before
	} {
		p := remotePost(tc.loc)
		p.Source, p.ExternalID = "t", tc.loc
		got := strings.Join(Normalize(&p, Options{}).RemoteRegions, ",")
		if got == "" {
			got = "none"
		}
		if got != tc.want {
			t.Errorf("%q: regions %s, want %s", tc.loc, got, tc.want)
		}
	}
}
