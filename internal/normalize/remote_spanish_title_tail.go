package normalize

import "strings"

// A Spanish mode phrase closing a title ("Analista Semipresencial", "Dev
// híbrido remoto", "Asesor desde casa", "Soporte 100% virtual"): a note
// on the work mode, read like a location entry (table tests in
// remote_spanish_title_tail_test.go). "Semipresencial" and a hybrid word
// beside a remote one are hybrid; working from home and a wholly virtual
// job are remote. "Virtual" alone names the role ("Asistente Virtual"),
// not the mode, and is left alone.

// spanishTitleTail: the phrase at the title's end, after a space or a
// separator, with an optional closing parenthesis.
var spanishTitleTail = newKeyRegexp(`(?i)(?:^|[\s\-–—|,(/])(semi-?presencial|h[íi]brid[oa]\s+(?:y\s+|o\s+)?remot[oa]|remot[oa]\s+(?:y\s+|o\s+)?h[íi]brid[oa]|(?:trabajo\s+)?desde\s+(?:la\s+|tu\s+)?casa|100\s?%\s+virtual)\)?\s*$`,
	40, 4, "presencial", "brid", "casa", "virtual")

// spanishTitleTailMode returns the location-like note of a title's closing
// Spanish mode phrase: "Hybrid", "Remote", or "" when there is none.
func spanishTitleTailMode(title string) string {
	m := spanishTitleTail.FindAllStringSubmatch(title, 1)
	if m == nil {
		return ""
	}
	w := strings.ToLower(m[0][1])
	if strings.Contains(w, "presencial") || strings.Contains(w, "brid") {
		return "Hybrid"
	}
	return "Remote"
}
