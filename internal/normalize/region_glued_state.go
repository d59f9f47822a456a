package normalize

import "regexp"

// A US town with its state code glued on, as some scrapers join a city and
// a state field: "AustinTX", "San AntonioTX", "Remote - BoiseID".
// gluedStateLoc writes the comma between them ("Austin, TX") when the
// gazetteer knows the town in that state, so the code readers read the
// United States; any other capitals after a word ("DevOpsUS", "ParisFR",
// "iOS") are left as they are. Table tests in region_glued_state_test.go.
var gluedState = regexp.MustCompile(`\b([A-Z][a-z]+(?:[ -][A-Z][a-z]+){0,2})([A-Z]{2})\b`)

// gluedStateLoc rewrites the glued towns and states of loc (see above),
// or returns loc.
func gluedStateLoc(loc string) string {
	if len(loc) > 100 || !lowerThenTwoCaps(loc) {
		return loc
	}
	return gluedState.ReplaceAllStringFunc(loc, func(m string) string {
		town, code := m[:len(m)-2], m[len(m)-2:]
		if !usStates[code] {
			return m
		}
		t, ok := geoTowns()[foldTown(town)]
		if !ok {
			return m
		}
		for _, p := range t.places {
			if p.country == "US" && p.state == code {
				return town + ", " + code
			}
		}
		return m
	})
}

// lowerThenTwoCaps reports a lower-case ASCII letter followed by two
// capitals that end a word, the cheap test before gluedState runs.
func lowerThenTwoCaps(s string) bool {
	for i := 0; i+2 < len(s); i++ {
		if s[i] >= 'a' && s[i] <= 'z' && isUpperASCII(s[i+1]) && isUpperASCII(s[i+2]) && (i+3 == len(s) || !isWordByte(s[i+3])) {
			return true
		}
	}
	return false
}
