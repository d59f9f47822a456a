package normalize

import "strings"

// dotCountryCode reads a three-letter ISO country code glued to a town by a
// full stop, the way some applicant-tracking sites write an office
// ("NLD.Utrecht", "BRA.Curitiba"), as that country: it returns the
// location rewritten as "Country - Town", or "". The code must be upper
// case and the town must start with a capital followed by a small letter,
// so "U.S.A.", "St.Louis" and upper-case abbreviations ("INC.", "DEPT.")
// do not match. The full stop is what marks the code, so codes that are
// also English words in other layouts are read here too.
func dotCountryCode(s string) string {
	if len(s) < 6 || s[3] != '.' {
		return ""
	}
	for i := 0; i < 3; i++ {
		if s[i] < 'A' || s[i] > 'Z' {
			return ""
		}
	}
	if s[4] < 'A' || s[4] > 'Z' || s[5] < 'a' || s[5] > 'z' {
		return ""
	}
	rest := s[4:]
	for i := 0; i < len(rest); i++ {
		c := rest[i]
		if c == '.' || c >= '0' && c <= '9' {
			return "" // another code or a number: not "CODE.Town"
		}
	}
	name := countryName(alpha3Country(s[:3]))
	if name == "" {
		return ""
	}
	return name + " - " + rest
}

// trailingAlpha3Country reads a three-letter ISO country code written as
// the last comma part after a town ("Tarija, BOL", "Escazú, CRI") as that
// country, returning the location with the code replaced by the country's
// name, or "". Codes read elsewhere (regionCodes), codes that are also
// words or abbreviations (alpha3Words) and a first part that is a known
// town of another country ("Denver, COL" for Colorado) are left alone.
func trailingAlpha3Country(parts []string) string {
	if len(parts) < 2 {
		return ""
	}
	last := parts[len(parts)-1]
	if len(last) != 3 {
		return ""
	}
	for i := 0; i < 3; i++ {
		if last[i] < 'A' || last[i] > 'Z' {
			return ""
		}
	}
	if _, ok := regionCodes[last]; ok || alpha3Words[last] {
		return ""
	}
	code := alpha3Country(last)
	if code == "" {
		return ""
	}
	for _, p := range worldTowns[foldTown(parts[0])] {
		if p.country != code {
			return ""
		}
	}
	return strings.Join(parts[:len(parts)-1], ", ") + ", " + countryName(code)
}
