package normalize

import (
	"strings"
	"testing"

	"github.com/gigscout/gigscout/internal/model"
)

// TestGulfTowns pins Saudi, Kuwaiti, Omani, Bahraini and Qatari
// towns in their board spellings, districts of Egyptian and Nigerian
// cities, Malaysian honorific state names without "Darul", and what stays
// unread (on-site posts, names of other towns, a date).
func TestGulfTowns(t *testing.T) {
	for _, tc := range []struct {
		loc, hint, regions string
	}{
		{"Remote - Al Hofuf", "", "SA"},
		{"Jubail", "remote", "SA"},
		{"Al-Ula (Remote)", "", "SA"},
		{"Unaizah", "work from home", "SA"},
		{"Remote, Wadi Al-Dawasir", "", "SA"},
		{"Remote - Dokki", "", "EG"},
		{"Roushdy, Alexandria", "remote", "EG"},
		{"Mohandeseen, Giza", "fully remote", "EG"},
		{"Remote: 6th of October City", "", "EG"},
		{"Remote - Victoria Island", "", "NG"},
		{"Wuse, Abuja", "remote", "NG"},
		{"Remote - Benin City, Nigeria", "", "NG"},
		{"Salmiya", "remote", "KW"},
		{"Remote - Seeb, Muscat", "", "OM"},
		{"Riffa", "remote", "BH"},
		{"Remote / Lusail", "", "QA"},
		{"Remote - Melaka Bandar Bersejarah", "", "MY"},
		{"Remote (Jhang)", "", "PK"},
		{"D.G. Khan", "remote", "PK"},
		{"Remote - Cumilla", "", "BD"},
		{"Agrabad, Chattogram", "remote", "BD"},
		{"Remote - Rustaq", "", "OM"},
		{"Pulau Pinang Pulau Mutiara", "remote", "MY"},
		// Left alone.
		{"Garki, Abuja", "", ""},                   // no remote word: on site
		{"Remote - Sixth Street", "", ""},          // no district
		{"Remote from the 6th of October", "", ""}, // a date
		{"Remote - Uttara Kannada", "", ""},        // India's district: not read as Dhaka's Uttara
	} {
		l := Normalize(&model.Posting{Title: "Clerk", Locations: []string{tc.loc}, RemoteHint: tc.hint}, Options{})
		if got := strings.Join(l.RemoteRegions, ","); got != tc.regions {
			t.Errorf("%q (hint %q): regions %q, want %q", tc.loc, tc.hint, got, tc.regions)
		}
	}
}
