package normalize

import "regexp"

// remoteLead is a work-mode word leading a location before a dash, colon
// or bar: "Remote - ", "Hybrid: ", "REMOTE | ".
var remoteLead = regexp.MustCompile(`(?i)^(?:remote|hybrid)\s*[-–—:|/]\s*`)

// remoteTownCodeLoc is townCodeLoc for a "Town, XX" behind a work-mode
// word: "Remote - Nagpur, IN" is India (read alone, ", IN" is Indiana
// too), "Hybrid: Perth, WA" Western Australia. It returns the location
// with the town and code replaced by the country's name, the work-mode
// word kept ("Remote - India"), or "" to leave it as it is (table tests
// in region_remote_town_code_test.go).
func remoteTownCodeLoc(parts []string) string {
	if len(parts) != 2 {
		return ""
	}
	m := remoteLead.FindStringIndex(parts[0])
	if m == nil || m[1] == len(parts[0]) {
		return ""
	}
	if name := townCodeLoc([]string{parts[0][m[1]:], parts[1]}); name != "" {
		return parts[0][:m[1]] + name
	}
	return ""
}
