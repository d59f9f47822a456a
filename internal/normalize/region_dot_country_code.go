package normalize

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
