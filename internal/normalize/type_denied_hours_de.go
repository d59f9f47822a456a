package normalize

import "regexp"

// German hours a posting rules out: "Keine Teilzeit.", "keine
// Teilzeitstelle möglich", "nicht in Teilzeit", "nicht als Teilzeitkraft",
// "Teilzeit (keine Vollzeit)". The hours named there are the ones the post
// does not offer, so the phrase is dropped before the type is read: a field
// "Keine Teilzeit" names no type, "Keine Teilzeit. Vollzeit 40 Stunden."
// reads full time from the hours it does offer. Only a denial written
// right before the hours word is dropped; "Kein Problem, auch in Teilzeit
// möglich" and "nicht nur in Teilzeit" keep their hours. A cheap gate on
// "zeit" and "kein"/"nicht" comes first. Table tests in
// type_denied_hours_de_test.go.
var germanDeniedHours = regexp.MustCompile(`(?i)(?:^|[^\pL])(?:keine?|nicht\s+(?:in|als))\s+(?:teilzeit|vollzeit)\pL*(?:\s+(?:möglich|moeglich|gewünscht|vorgesehen|angeboten))?\s*[.!;,]?`)

// dropGermanDeniedHours returns s without its German denied hours.
func dropGermanDeniedHours(s string) string {
	if len(s) < 12 || !containsFold(s, "zeit") || !(containsFold(s, "kein") || containsFold(s, "nicht")) {
		return s
	}
	return germanDeniedHours.ReplaceAllStringFunc(s, func(m string) string {
		// keep the character before the denial (the match may open on it)
		if r := []rune(m); len(r) > 0 && !isDenialStart(r[0]) {
			return string(r[0]) + " "
		}
		return " "
	})
}

// isDenialStart tells whether r opens the denial itself ("k" or "n"), as
// when the match starts at the text's start.
func isDenialStart(r rune) bool {
	return r == 'k' || r == 'K' || r == 'n' || r == 'N'
}
