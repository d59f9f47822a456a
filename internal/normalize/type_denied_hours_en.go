package normalize

import "strings"

// English hours a posting rules out: "No part-time.", "not full-time",
// "No part time roles available.", "Part-time, not full-time." The hours
// named there are the ones the post does not offer; read as offered, they
// clashed with the hours it does offer ("No part-time. Full-time 40
// hours." read a 40-hour project). The denial is blanked (spaces, so
// offsets hold) before the type is read, as dropGermanDeniedHours drops
// "Keine Teilzeit" (type_denied_hours_de.go). Only a denial that ends its
// clause is blanked: "no part-time or contract roles" and "not only
// part-time" are left to the other readers. Table tests in
// type_denied_hours_en_test.go.
var englishDeniedHours = newKeyRegexp(`(?i)\b(?:no|not)\s+(?:a\s+)?(?:part|full)[- ]?time(?:\s+(?:roles?|positions?|jobs?|work|options?|available|possible|offered))*\s*(?:[.!;,)]|$)`, 12, 40,
	"part-time", "part time", "parttime", "full-time", "full time", "fulltime")

// blankEnglishDeniedHours returns s with its English denied hours blanked.
func blankEnglishDeniedHours(s string) string {
	ms := englishDeniedHours.FindAllStringIndex(s, 4)
	if ms == nil {
		return s
	}
	b := []byte(s)
	for _, m := range ms {
		end := m[1]
		if end > m[0] && strings.ContainsRune(".!;,)", rune(s[end-1])) {
			end-- // the clause's stop stays
		}
		for i := m[0]; i < end; i++ {
			b[i] = ' '
		}
	}
	return string(b)
}
