package normalize

import (
	"strings"
	"testing"

	"github.com/gigscout/gigscout/internal/model"
)

// TestOfficialForms pins states and cities written in their official
// long forms (Malaysian honorifics, "Municipality of", "City of", names
// joined by "and", Japanese postal addresses) and what stays unread.
func TestOfficialForms(t *testing.T) {
	for _, tc := range []struct {
		loc, hint, regions string
	}{
		{"Remote - Pahang Darul Makmur", "", "MY"},
		{"Perak Darul Ridzuan", "remote", "MY"},
		{"Kuantan, Pahang Darul Makmur", "work from home", "MY"},
		{"Remote – Federal Capital Territory", "", "NG"},
		{"Remote: Andaman and Nicobar", "", "IN"},
		{"Remote - Brighton and Hove", "", "GB"},
		{"Remote - Masovia", "", "PL"},
		{"Remote - Negros Oriental", "", "PH"},
		{"Remote - City of Marikina", "", "PH"},
		{"Municipality of Anchorage", "remote", "US"},
		{"Remote - 〒530-0001 大阪府大阪市北区梅田", "", "JP"},
		{"〒150-0002 渋谷区", "remote", "JP"},
		{"Remote - Brunei Darussalam", "", "BN"},
		// Left alone.
		{"Kelantan Darul Naim", "", ""},       // no remote word: on site
		{"Remote - City of San Juan", "", ""}, // a town of several countries
		{"Remote - Valenzuela", "", ""},       // alone, as often a family name
		{"〒150-0002 渋谷区", "", ""},             // on site
	} {
		l := Normalize(&model.Posting{Title: "Analyst", Locations: []string{tc.loc}, RemoteHint: tc.hint}, Options{})
		if got := strings.Join(l.RemoteRegions, ","); got != tc.regions {
			t.Errorf("%q (hint %q): regions %q, want %q", tc.loc, tc.hint, got, tc.regions)
		}
	}
}

// TestJPPostcodeLoc pins the postal-mark stripper.
func TestJPPostcodeLoc(t *testing.T) {
	for _, tc := range []struct{ in, out string }{
		{"〒060-0001 北海道札幌市", "北海道 札幌市"},
		{"Remote - 〒460-0008 愛知県名古屋市", "Remote - 愛知県 名古屋市"},
		{"〒 100 渋谷区", "渋谷区"},
		{"Tokyo, Japan", "Tokyo, Japan"},
	} {
		if got := jpPostcodeLoc(tc.in); got != tc.out {
			t.Errorf("jpPostcodeLoc(%q) = %q, want %q", tc.in, got, tc.out)
		}
	}
}
