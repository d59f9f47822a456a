package normalize

import (
	"regexp"
	"strings"
)

// All the states of the US as a scope (table tests in
// region_all_states_test.go): "Remote within 50 states", "performed
// remotely from any of the 50 states", "open in all 48 contiguous states"
// name the US without naming it. Read from a remote listing's location
// entry, else from its text when nothing else named a region.

// allStatesUS reports the fifty (or forty-eight) states in s.
func allStatesUS(s string) bool {
	if !strings.Contains(s, "50 ") && !strings.Contains(s, "48 ") && !containsFold(s, "fifty") && !containsFold(s, "forty") {
		return false
	}
	for i := indexWordFold(s, "states", 0); i >= 0; i = indexWordFold(s, "states", i+6) {
		if allStatesBefore.MatchString(s[max(0, i-32):i]) {
			return true
		}
	}
	return false
}

// allStatesBefore is the count before "states": "50", "all 48
// contiguous", "fifty U.S.".
var allStatesBefore = regexp.MustCompile(`(?i)\b(?:50|fifty|48|forty[- ]eight)\s+(?:(?:contiguous|continental|lower|united|american)\s+)?(?:u\.?s\.?a?\.?\s+)?$`)

// allStatesRegions returns the US when s names all its states, else nil.
func allStatesRegions(s string) []string {
	if allStatesUS(s) {
		return []string{"US"}
	}
	return nil
}
