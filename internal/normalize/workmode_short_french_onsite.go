package normalize

import "strings"

// A French job line of a few words may name on-site work with the
// adjective alone: "CDI python présentiel Paris", "Présentiel Lyon",
// "Développeur Java - présentiel". Like "Sevilla hybrid"
// (remote_short_place_mode.go) such a line is the posting's own mode
// field written out, so shortTextMode reads it as on-site. A line that
// also names home or hybrid work ("présentiel ou distanciel", "hybride
// présentiel Paris", "télétravail partiel, présentiel le lundi") is left to
// the other readers, and so is any longer text, where "en présentiel" often
// names a training or a meeting.

// shortFrenchOnsite reports a short line (checked by shortTextMode) that
// names on-site work with "présentiel" and no home or hybrid word.
func shortFrenchOnsite(t string) bool {
	if !containsFold(t, "sentiel") {
		return false
	}
	lower := strings.ToLower(t)
	found := false
	for _, w := range strings.FieldsFunc(lower, func(r rune) bool {
		return r == ' ' || r == ',' || r == '-' || r == '/' || r == '|' || r == '(' || r == ')'
	}) {
		switch w {
		case "présentiel", "presentiel", "présentielle", "presentielle":
			found = true
		case "distanciel", "télétravail", "teletravail", "hybride", "remote", "hybrid", "ou", "or", "partiel":
			return false
		}
	}
	return found
}
