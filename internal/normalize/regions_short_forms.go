package normalize

import "strings"

// Short and older forms of country names that statistics tables and
// country pickers write and boards copy: "Czech Rep.", "Dominican Rep.",
// "Lao PDR", "Rep. Dom." (the Spanish short form), "Burma", "U.K" (without its last dot), "Espana" (without its
// tilde), "Réunion", and "PRC" (the People's Republic of China, matched
// case-sensitively like the other codes). Table tests in
// regions_short_forms_test.go.
func init() {
	for _, n := range []struct{ name, code string }{
		{"Czech Rep.", "CZ"}, {"Czech Rep", "CZ"}, {"Dominican Rep.", "DO"}, {"Dominican Rep", "DO"},
		{"Lao PDR", "LA"}, {"Burma", "MM"}, {"U.K", "GB"}, {"Espana", "ES"}, {"Réunion", "RE"},
		{"Slovak Rep.", "SK"}, {"Slovak Rep", "SK"},
		{"Rep. Dom.", "DO"}, {"Rep Dom", "DO"}, // Spanish "Rep. Dom." for República Dominicana
	} {
		if key := strings.ToLower(strings.Join(regionTokens(n.name), " ")); key != "" {
			addRegionName(key, n.code)
		}
	}
	if _, ok := regionCodes["PRC"]; !ok {
		regionCodes["PRC"] = "CN"
	}
}
