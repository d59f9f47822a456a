package normalize

// Hours a posting rules out are not its type: German "Keine Teilzeit.",
// "keine Teilzeitstelle möglich", "nicht in Teilzeit", "nicht als
// Teilzeitkraft", "Teilzeit (keine Vollzeit)"; English "No part-time.",
// "not full-time", "No part time roles available.", "Part-time, not
// full-time." Read as offered, they clashed with the hours the post does
// offer ("No part-time. Full-time 40 hours." read a 40-hour project). The
// denial is blanked (spaces, so offsets hold) before the type is read.
// Only a denial written right before the hours word, and for English one
// that ends its clause, is blanked: "Kein Problem, auch in Teilzeit
// möglich", "nicht nur in Teilzeit", "no part-time or contract roles" and
// "not only part-time" keep their hours. Both are tried only around their
// hours words (the shared key scan). Table tests in
// type_denied_hours_de_test.go and type_denied_hours_en_test.go.
var (
	// germanDeniedHours: the denial and its stop are group 1 (a field
	// "Keine Teilzeit möglich. Vollzeit, 39 Stunden" then opens on its hours).
	germanDeniedHours = newKeyRegexp(`(?i)(?:^|[^\pL])((?:keine?|nicht\s+(?:in|als))\s+(?:teilzeit|vollzeit)\pL*(?:\s+(?:möglich|moeglich|gewünscht|vorgesehen|angeboten))?\s*[.!;,]?)`, 16, 40,
		"teilzeit", "vollzeit")
	// englishDeniedHours: the denial is group 1, its clause's stop after it.
	englishDeniedHours = newKeyRegexp(`(?i)\b((?:no|not)\s+(?:a\s+)?(?:part|full)[- ]?time(?:\s+(?:roles?|positions?|jobs?|work|options?|available|possible|offered))*)\s*(?:[.!;,)]|$)`, 12, 40,
		"part-time", "part time", "parttime", "full-time", "full time", "fulltime")
)

// blankDeniedHours returns s with its German and English denied hours
// blanked.
func blankDeniedHours(s string) string {
	var b []byte
	for _, re := range [...]*keyRegexp{germanDeniedHours, englishDeniedHours} {
		for _, m := range re.FindAllStringSubmatchIndex(s, 4) {
			if b == nil {
				b = []byte(s)
			}
			for i := m[2]; i < m[3]; i++ {
				b[i] = ' '
			}
		}
	}
	if b == nil {
		return s
	}
	return string(b)
}
