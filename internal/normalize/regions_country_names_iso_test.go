package normalize

import (
	"strings"
	"testing"
)

// TestCountryNamesISO: country names from the generated table, as boards
// in other languages write them, beside names it leaves to other readers.
func TestCountryNamesISO(t *testing.T) {
	for _, c := range []struct{ loc, want string }{
		{"Távmunka - Ausztria", "AT"},         // Hungarian
		{"Zagreb, Hrvatska", "HR"},            // Croatian
		{"Daljinski rad, Slovenija", "SI"},    // Croatian and Slovene
		{"Kaugtöö (Soome)", "FI"},             // Estonian
		{"Práca z domu - Rakúsko", "AT"},      // Slovak
		{"Etätyö, Viro", "EE"},                // Finnish
		{"Uzaktan - Suudi Arabistan", "SA"},   // Turkish
		{"Bucureşti, România", "RO"},          // Romanian
		{"Vilnius, Lietuva", "LT"},            // Lithuanian
		{"Remote - Hellenic Republic", "GR"},  // an official English name
		{"Remote, Kingdom of Thailand", "TH"}, // another
		// Names other readers keep, or that are left out.
		{"Columbia, SC", "US"},
		{"British Columbia", "CA"},
		{"Georgia", "GE"},
		{"Chili (remote)", ""},
		{"عمان", ""},
		{"Independent contractor", ""},
	} {
		if got := strings.Join(Regions(c.loc), ","); got != c.want {
			t.Errorf("Regions(%q) = %q, want %q", c.loc, got, c.want)
		}
	}
}

// TestCountryNameKey: the key of a name is the key regionTokens gives it.
func TestCountryNameKey(t *testing.T) {
	for _, name := range []string{"Spanyolország", "Bosna i Hercegovina", "Côte d'Ivoire", "Lõuna-Aafrika Vabariik", "Saint-Martin", "Timor-Leste"} {
		want := strings.ToLower(strings.Join(regionTokens(name), " "))
		if got := countryNameKey(name); got != want {
			t.Errorf("countryNameKey(%q) = %q, want %q", name, got, want)
		}
	}
}
