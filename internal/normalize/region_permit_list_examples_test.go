package normalize

import (
	"strings"
	"testing"

	"github.com/gigscout/gigscout/internal/model"
)

// TestPermitListExamples pins the examples after a wide area in a
// permission sentence: countries of the area named after "including" or
// "such as" leave the area alone; a country outside the area, or a plain
// list with no example word, still widens as before.
func TestPermitListExamples(t *testing.T) {
	for _, c := range []struct {
		name, loc, text, want string
	}{
		{"area then members after including", "Remote - Latin America", "This job is open to applicants based in Latin America, including Peru, Chile and Uruguay.", "LATAM"},
		{"area then members after such as", "Remote", "We are open to talent in LATAM, such as Ecuador or Bolivia.", "LATAM"},
		{"europe then members after e.g.", "Remote - Europe", "You can work remotely from Europe, e.g. Austria or Belgium.", "EU"},
		{"trap: a country outside the area still counts", "Remote - Latin America", "This job is open to applicants based in Latin America, including Portugal.", "LATAM,PT"},
		{"trap: a plain list still widens", "Remote - United States", "You may work remotely from the US, Mexico or Brazil.", "US,MX,BR"},
		{"trap: example word after two countries", "Remote - United States", "You may work remotely from the US or Canada, including Quebec.", "US,CA"},
	} {
		l := Normalize(&model.Posting{Title: "Data Analyst", RemoteHint: "Remote", Locations: []string{c.loc}, DescriptionText: c.text}, Options{})
		if got := strings.Join(l.RemoteRegions, ","); got != c.want {
			t.Errorf("%s: got %q (%s), want %q", c.name, got, l.Remote, c.want)
		}
	}
}

func TestPermitListExamplesCut(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"LATAM, including Peru and Chile", "LATAM"},
		{"Latin America such as Peru", "Latin America"},
		{"LATAM, including Portugal", "LATAM, including Portugal"}, // not a member
		{"the US, Canada or Mexico", "the US, Canada or Mexico"},   // no example word
		{"Europe, including", "Europe, including"},                 // no places after the word
	} {
		if got := permitListExamplesCut(c.in); got != c.want {
			t.Errorf("permitListExamplesCut(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}
