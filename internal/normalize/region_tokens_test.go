package normalize

import (
	"reflect"
	"strings"
	"testing"
)

// normspeed10RegionTexts are locations and texts for Regions: the key
// regexps' texts (agreement cases' titles and descriptions), their lines,
// and places written for tokenRe and cityState (dots, marks, non-Latin
// letters, broken UTF-8, U+FFFD, state codes with and without a comma).
func normspeed10RegionTexts(t *testing.T) []string {
	out := []string{"", ".", "U.S.", "...U.S...", "Remote - US", "Austin, TX", "Austin, TX 78701", "TX", "TX, Austin", "Calgary, AB",
		"NY; remote", "São Paulo, SP", "Zürich", "東京都", "Москва, Россия", "a\xffb", "\xffUS", "\ufffdUS", "ªº", "ǅungla", "x.y.z.",
		"Remote (United States)", "EMEA, LATAM, Canada, USA", "New York, NY/Remote", "ON,QC", "a1b2c", "e\u0301te\u0301", "Ⅻ", "ﬁle", "İstanbul"}
	for _, s := range append(normspeed7Texts(t), keyTexts(t)...) {
		out = append(out, s)
		for line := range strings.Lines(s) {
			out = append(out, line)
		}
	}
	return out
}

// checkRegions checks regionTokens against tokenRe and Regions against
// its reference run (both regexps over all of s) on s.
func checkRegions(t *testing.T, s string) {
	t.Helper()
	if got, want := regionTokens(s), tokenRe.FindAllString(s, -1); !reflect.DeepEqual(got, want) {
		t.Fatalf("regionTokens(%q) = %q, tokenRe %q", s, got, want)
	}
	got := Regions(s)
	reference = true
	want := Regions(s)
	reference = false
	if !reflect.DeepEqual(got, want) {
		t.Fatalf("Regions(%q) = %q, with the regexps %q", s, got, want)
	}
}

// TestNormspeed10RegionTokens: regionTokens finds tokenRe's words and
// Regions answers as with the two regexps on every text; the texts name
// regions and state codes after commas.
func TestNormspeed10RegionTokens(t *testing.T) {
	named, states := 0, 0
	for _, s := range thinTexts(normspeed10RegionTexts(t), 64) {
		checkRegions(t, s)
		if len(Regions(s)) > 0 {
			named++
		}
		if strings.Contains(s, ",") && cityState.MatchString(s) {
			states++
		}
	}
	if named < 100/raceThin() || states < 10/raceThin() {
		t.Fatalf("texts naming regions %d, with a state code %d: too few", named, states)
	}
}

func FuzzNormspeed10RegionTokens(f *testing.F) {
	for _, s := range []string{"Austin, TX", "U.S.", "Remote - EMEA", "São Paulo", "a\xffb", "TX", "x..y"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) { checkRegions(t, s) })
}
