package normalize

import (
	"regexp"
	"strings"
)

// Two place shapes Regions read as one wrong country or group:
//
//   - a pair of US zone letters joined by a slash, "PT/ET hours" or
//     "ET/PT": the US's Pacific and Eastern time, not Portugal (PT);
//   - both Americas named together, "North & South America" or "North and
//     South America": the Americas, not Latin America alone.
//
// Each runs only when Regions already holds the code it corrects.

// usZonePair is two US zone abbreviations joined by a slash.
var usZonePair = regexp.MustCompile(`\b(?:[PEMC]S?T)\s*/\s*(?:[PEMC]S?T)\b`)

// bothAmericas is North and South America named as one area.
var bothAmericas = regexp.MustCompile(`(?i)\bnorth(?:ern)?\s*(?:&|and|\+|/)\s*(?:south|latin)\s+america\b`)

func zonePairAndBothAmericas(s string, out []string) []string {
	for i, c := range out {
		switch c {
		case "PT":
			if usZonePair.MatchString(s) {
				rest := append(append([]string(nil), out[:i]...), out[i+1:]...)
				return addTimezoneUS(rest)
			}
		case RegionLATAM:
			if strings.Contains(s, "orth") && bothAmericas.MatchString(s) {
				rest := append([]string(nil), out...)
				rest[i] = RegionAmericas
				return rest
			}
		}
	}
	return out
}
