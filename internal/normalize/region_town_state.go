package normalize

import "strings"

// A US town named after a country, before its state code (table tests in
// region_town_state_test.go): "China Grove, NC", "Mexico Beach, FL",
// "New Canada, ME" are each one place in the United States, not the US
// and a country. fixCodeLoc already reads a town that is a country's or
// foreign city's name alone ("Paris, TX", "Peru, IN"); this reads a
// town's name of two to four words that holds one. A list of places
// ("US or China, TX"), a work-mode note ("Remote China, NC") and a
// Canadian place before "CA" ("Windsor Ontario, CA": CA is Canada's code
// too) keep their readings.

// townModeWords are words a location's note uses, not a town's name.
var townModeWords = map[string]bool{"remote": true, "hybrid": true, "onsite": true, "on-site": true, "anywhere": true,
	"worldwide": true, "global": true, "office": true, "home": true, "or": true, "and": true, "only": true, "based": true}

// townNamedForCountry reports a location's first part town (before the
// comma) that is a town of several words holding a country's name, and
// state a US state code.
func townNamedForCountry(town, state string) bool {
	if len(state) != 2 || !usStates[state] || len(town) > 40 {
		return false
	}
	words := strings.Fields(town)
	if len(words) < 2 || len(words) > 4 {
		return false
	}
	for _, w := range words {
		if townModeWords[strings.ToLower(w)] {
			return false
		}
		for _, r := range w {
			if !isRegionLetter(r) && r != '.' && r != '\'' && r != '’' && r != '-' {
				return false // "US/China", "China (HQ)", "China & Korea"
			}
		}
	}
	codes := Regions(town)
	if len(codes) == 0 {
		return false
	}
	for _, c := range codes {
		if len(c) != 2 || c == "US" || c == state || regionCodes[state] == c {
			return false // "Windsor Ontario, CA", "Ramat Gan Israel, IL": the code is the country's
		}
	}
	return true
}
