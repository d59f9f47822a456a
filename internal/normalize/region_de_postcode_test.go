package normalize

import "testing"

// TestGermanPostcodeLoc: "DE" with a German postcode is Germany; with a
// Delaware ZIP, or alone, it is left to the code readers.
func TestGermanPostcodeLoc(t *testing.T) {
	for _, c := range []struct{ loc, want string }{
		{"Heidelberg, DE, 69117", "Heidelberg, Germany, 69117"},
		{"Ulm, DE 89077", "Ulm, Germany 89077"},
		{"Newark, DE 19711", "Newark, DE 19711"},     // a Delaware ZIP
		{"Dover, DE, 19901", "Dover, DE, 19901"},     // a Delaware ZIP
		{"Wilmington, DE", "Wilmington, DE"},         // no postcode
		{"Remote, DEU, 10115", "Remote, DEU, 10115"}, // not the code
	} {
		if got := germanPostcodeLoc(c.loc); got != c.want {
			t.Errorf("germanPostcodeLoc(%q) = %q, want %q", c.loc, got, c.want)
		}
	}
	for _, c := range []struct{ loc, want string }{
		{"Heidelberg, DE, 69117", "DE"},
		{"Walldorf, DE, 69190", "DE"}, // a town the tables do not know
		{"Newark, DE 19711", "US"},
	} {
		if got := Regions(fixLocChain(earlyLocs([]string{c.loc})[0])); len(got) != 1 || got[0] != c.want {
			t.Errorf("regions of %q = %v, want %s", c.loc, got, c.want)
		}
	}
}
