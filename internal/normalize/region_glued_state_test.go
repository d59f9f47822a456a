package normalize

import (
	"strings"
	"testing"
	"time"
)

// TestGluedStateLoc: a US town with its state code glued on.
func TestGluedStateLoc(t *testing.T) {
	for _, c := range []struct{ loc, want string }{
		{"BoiseID", "Boise, ID"},
		{"San AntonioTX", "San Antonio, TX"},
		{"Remote - RenoNV", "Remote - Reno, NV"},
		{"ParisFR", "ParisFR"},   // no US state code
		{"BoiseTX", "BoiseTX"},   // not a Boise in Texas
		{"DevOpsUS", "DevOpsUS"}, // no town
		{"Remote", "Remote"},
	} {
		if got := gluedStateLoc(c.loc); got != c.want {
			t.Errorf("gluedStateLoc(%q) = %q, want %q", c.loc, got, c.want)
		}
	}
}

func TestGluedStateRegions(t *testing.T) {
	opts := Options{Now: time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)}
	for _, c := range []struct{ loc, want string }{
		{"TulsaOK", "US"},
		{"Remote - BoiseID", "US"},
		{"Los AngelesCA", "US"},
	} {
		p := remotePost(c.loc)
		l := Normalize(&p, opts)
		if got := strings.Join(l.RemoteRegions, ","); got != c.want {
			t.Errorf("%q: regions %q, want %q", c.loc, got, c.want)
		}
	}
}
