package normalize

import "strings"

// townStateLead returns part without a US state's code that opens it
// right after a town part joined by a comma ("San Francisco" then " CA /
// Remote": the code is the town's state, not Canada), or part unchanged:
// when no such code opens it, or the town before is one the tables know
// outside the US only ("Toronto, CA / Remote" is Canada, "Berlin, DE /
// Remote" Germany).
func townStateLead(town, part string) string {
	t := strings.TrimLeft(part, " ")
	if len(t) < 2 || !usStates[t[:2]] || len(t) > 2 && isRegionLetter(rune(t[2])) {
		return part
	}
	if !isRegionCode(t[:2]) {
		return part // no country's code: Regions reads it as the state
	}
	key := foldTown(strings.TrimSpace(town))
	if places := worldTowns[key]; len(places) > 0 && !townIn(places, "US") {
		return part
	}
	if g, ok := geoTowns()[key]; ok && g.places[0].country != "US" && len(worldTowns[key]) == 0 {
		return part
	}
	return t[2:]
}

// townIn reports whether a town is listed in country c.
func townIn(places []townPlace, c string) bool {
	for _, p := range places {
		if p.country == c {
			return true
		}
	}
	return false
}
