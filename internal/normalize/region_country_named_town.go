package normalize

import "strings"

// A town named after a country, or a town's part of one, before the place
// it lies in: "Panama City, FL", "Villa Argentina, Canelones, Uruguay",
// "Little Italy, New York, USA", "Nueva Italia, Michoacán, Mexico". The
// country's name inside the town's names no country of the listing; the
// parts after it say where the town is.

// townNameWords are words that make a town's name of a country's:
// "Panama City", "Villa Argentina", "Little Italy", "Nueva Italia".
var townNameWords = []string{"city", "villa", "little", "nueva", "nuevo", "colonia", "ciudad", "vila", "barrio"}

// countryNamedTownRegions reads a location whose first part is two words,
// one of townNameWords, by the parts after it alone; it reports false (and
// the caller reads the whole text) when the first part is another shape
// or the rest names no region.
func countryNamedTownRegions(s string) ([]string, bool) {
	head, rest, ok := strings.Cut(s, ",")
	if !ok {
		return nil, false
	}
	a, b, ok := strings.Cut(strings.TrimSpace(head), " ")
	if !ok || a == "" || b == "" || strings.ContainsAny(b, " \t") || a[0] < 'A' || a[0] > 'Z' || b[0] < 'A' || b[0] > 'Z' {
		return nil, false
	}
	named := false
	for _, w := range townNameWords {
		if strings.EqualFold(a, w) || strings.EqualFold(b, w) {
			named = true
			break
		}
	}
	if !named {
		return nil, false
	}
	// The town stays as a neutral name, so "Town, FL" still reads as a US
	// town with its state.
	if r := Regions("Town," + rest); len(r) > 0 {
		return r, true
	}
	return nil, false
}
