package normalize

import "strings"

// townLowerCodeName returns the English name of the country whose ISO code
// an ATS wrote in lower case after a town ("Sofia, bg", "Varna, bg") when
// the code is not one atsCodeNames lists but the town is one of that
// country's own towns in our tables, or "". The town vouches for the code,
// so a lower-case word after a town of another country ("Perth, is") or
// after no town ("Remote, hi") is left alone.
func townLowerCodeName(town, code string) string {
	town = strings.TrimSpace(town)
	if town == "" || len(town) > 40 || len(code) != 2 || code == "US" {
		return ""
	}
	for _, p := range worldTowns[foldTown(town)] {
		if p.country == code {
			return geoCountryName(code)
		}
	}
	if geoCodeCountry(town, code) == code {
		return geoCountryName(code) // "Plovdiv, bg": a gazetteer town of that country alone
	}
	return ""
}
