package normalize

import (
	"regexp"
	"strings"
)

// In Brazil, Latin America and Central and Eastern Europe "home office" is
// the everyday word for working from home, and boards put it before the
// place: "Home Office - Campinas - SP", "Home office, Brno", "Home office,
// Playas de Rosarito, Baja California", "Home Office - Pomáz, HU". In
// English the same two words are a head office ("Home Office - Dallas,
// TX") or the British ministry, so the place after them must be read,
// whole, as one country of those regions (homeofficeLocalCountries); a
// place of any other country, or of two, leaves the field alone. The
// one-word German "Homeoffice" and the DE/AT/CH places are read by
// remote_homeoffice_subdivision.go. Table tests in
// remote_homeoffice_foreign_test.go.
var homeofficeForeignRe = regexp.MustCompile(`(?i)^\s*(?:100\s?%\s*)?home[- ]office\s*(?:[,/|(]|\s[-–—]\s)\s*([\p{L}][^()]{1,70}?)\)?\s*$`)

// homeofficeLocalCountries are the countries whose boards write "home
// office" for remote work.
var homeofficeLocalCountries = map[string]bool{
	"BR": true, "PT": true, "MX": true, "AR": true, "CO": true, "CL": true, "PE": true, "UY": true, "PY": true,
	"BO": true, "EC": true, "VE": true, "CR": true, "GT": true, "HN": true, "SV": true, "NI": true, "PA": true,
	"DO": true, "CZ": true, "SK": true, "HU": true, "PL": true, "RO": true, "BG": true, "HR": true, "SI": true,
	"RS": true, "BA": true, "ME": true, "MK": true, "AL": true, "UA": true, "MD": true, "LT": true, "LV": true,
	"EE": true,
}

// homeofficeForeignLoc reports "home office" before a place of one of
// homeofficeLocalCountries.
func homeofficeForeignLoc(loc string) bool {
	if len(loc) > 90 || !containsFold(loc, "office") {
		return false
	}
	m := homeofficeForeignRe.FindStringSubmatch(loc)
	if m == nil {
		return false
	}
	place := strings.TrimSpace(m[1])
	rs := Regions(fixLocChain(place))
	if len(rs) == 0 {
		if c := subdivisionCountry(place); c != "" {
			rs = []string{c}
		}
	}
	return len(rs) == 1 && homeofficeLocalCountries[rs[0]]
}
