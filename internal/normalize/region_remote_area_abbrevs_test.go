package normalize

import (
	"strings"
	"testing"
	"time"

	"github.com/gigscout/gigscout/internal/model"
)

func TestRemoteAreaAbbrevs(t *testing.T) {
	cases := []struct {
		name, hint string
		locs       []string
		want       string
	}{
		// a remote segment naming a US area among office segments
		{"area segment after offices", "", []string{"Chicago | Dublin | Midwest Remote"}, "US"},
		{"coast segment after foreign office", "", []string{"Seattle | Berlin | West Coast Remote"}, "US"},
		{"coast segment with dash", "", []string{"Toronto; Remote - East Coast"}, "US"},
		{"country segment still read", "", []string{"Boston | Madrid | Remote - Spain"}, "ES"},
		{"plain remote segment keeps offices", "", []string{"Paris | Lyon | Remote"}, "FR"},
		// an abbreviation that is no ISO code
		{"rsa in parentheses", "", []string{"Remote (RSA)"}, "ZA"},
		{"rsa first", "", []string{"RSA - Remote"}, "ZA"},
		{"rsa mixed case unread", "", []string{"Remote (Rsa)"}, "none"},
		{"rsa without remote word", "", []string{"RSA"}, "none"},
		// "us only" in lower case as the whole field
		{"lower us only", "remote", []string{"us only"}, "US"},
		{"lower remote us only", "", []string{"remote - us only"}, "US"},
		{"upper still read", "remote", []string{"US only"}, "US"},
		{"pronoun phrase unread", "remote", []string{"join us only if"}, "none"},
	}
	for _, c := range cases {
		p := model.Posting{Source: "t", ExternalID: c.name, Title: "Analyst", Locations: c.locs, RemoteHint: c.hint}
		l := Normalize(&p, Options{Now: time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)})
		got := "none"
		if len(l.RemoteRegions) > 0 {
			got = strings.Join(l.RemoteRegions, ",")
		}
		if got != c.want {
			t.Errorf("%s: %q got %s, want %s", c.name, c.locs, got, c.want)
		}
	}
}

func TestRemoteAreaAbbrevReaders(t *testing.T) {
	if rs := remoteAreaSegmentRegions(" Midwest Remote"); len(rs) != 1 || rs[0] != "US" {
		t.Errorf("area segment: %v", rs)
	}
	if rs := remoteAreaSegmentRegions("Midwest office"); rs != nil {
		t.Errorf("segment without remote word: %v", rs)
	}
	if rs := abbrevRemoteEntry("Remote (RSA) or anywhere else in Africa"); rs != nil {
		t.Errorf("long entry: %v", rs)
	}
	if rs := lowerUSOnlyEntry("contact us only"); rs != nil {
		t.Errorf("three words: %v", rs)
	}
}
