package normalize

import "strings"

// A US state's code written right before the United States is the state,
// not the country whose ISO code it also is: "Remote in CA, US" is
// California (not Canada and the US), "Dover, DE, USA" Delaware, "IN,
// US" Indiana (table tests in region_state_before_us_test.go).

// stateBeforeUSLoc returns loc without a US state's code that stands right
// before a last part naming the United States and is also a region code
// Regions reads ("Remote in CA, US" -> "Remote in, US"); otherwise loc.
func stateBeforeUSLoc(loc string) string {
	i := strings.LastIndexByte(loc, ',')
	if i < 2 || len(loc) > 120 {
		return loc
	}
	switch strings.TrimSpace(loc[i+1:]) {
	case "US", "USA", "U.S.", "U.S.A.", "United States", "United States of America":
	default:
		return loc
	}
	head := strings.TrimRight(loc[:i], " ")
	if len(head) < 2 {
		return loc
	}
	if n := len(head); n > 2 && head[n-3] != ' ' && head[n-3] != ',' {
		return loc // "Toronto, ON, CA" ends in a word, not a code
	}
	code := head[len(head)-2:]
	if !usStates[code] || !isRegionCode(code) {
		return loc
	}
	return strings.TrimRight(head[:len(head)-2], " ,") + ", " + strings.TrimSpace(loc[i+1:])
}
