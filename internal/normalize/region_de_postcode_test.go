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

// TestGermanTownLoc: a town of German form before "DE", after a five-digit
// postcode, or after "D-" and a postcode is in Germany. Traps: Delaware
// towns, a five-digit postcode before a town of another form (France,
// Finland, Turkey), a four-digit postcode (Austria, Switzerland).
func TestGermanTownLoc(t *testing.T) {
	for _, c := range []struct{ loc, want string }{
		{"Sindelfingen, DE", "Sindelfingen, Germany"},
		{"Bad Säckingen, DE", "Bad Säckingen, Germany"},
		{"Großbottwar, DE", "Großbottwar, Germany"},
		{"Ottobrunn , DE", "Ottobrunn, Germany"},
		{"74321 Bietigheim-Bissingen", "Bietigheim-Bissingen, Germany"},
		{"D-36037 Fulda", "Fulda, Germany"},
		{"D-78050 Villingen", "Villingen, Germany"},
		{"Wilmington, DE", "Wilmington, DE"},
		{"Rehoboth Beach, DE", "Rehoboth Beach, DE"},
		{"Newark, DE", "Newark, DE"},
		{"33100 Tampere", "33100 Tampere"},
		{"13100 Hämeenlinna", "13100 Hämeenlinna"},
		{"69002 Lyon", "69002 Lyon"},
		{"8010 Graz", "8010 Graz"},
		{"8400 Winterthur", "8400 Winterthur"},
		{"Bremen, DE, 28195", "Bremen, DE, 28195"}, // germanPostcodeLoc's
	} {
		if got := germanTownLoc(c.loc); got != c.want {
			t.Errorf("germanTownLoc(%q) = %q, want %q", c.loc, got, c.want)
		}
	}
	for _, c := range []struct{ loc, want string }{
		{"Sindelfingen, DE", "DE"},
		{"74321 Bietigheim-Bissingen", "DE"},
		{"D-54595 Prüm", "DE"},
		{"Dover, DE", "US"},
		{"Smyrna, DE", "US"},
	} {
		if got := Regions(fixLocChain(earlyLocs([]string{c.loc})[0])); len(got) != 1 || got[0] != c.want {
			t.Errorf("regions of %q = %v, want %s", c.loc, got, c.want)
		}
	}
}
