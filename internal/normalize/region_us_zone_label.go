package normalize

import "strings"

// usZoneDirections are the compass words cloud-style zone labels put after
// "us-": "us-east", "us-west-2", "us-central".
var usZoneDirections = []string{"east", "west", "central", "north", "south", "northeast", "northwest", "southeast", "southwest"}

// usZoneLabelAfter reports whether rest, the text just after "us-" in a
// short location, opens with a compass word that ends there or at a hyphen,
// digit, space or comma. Boards that copy cloud zone names write the United
// States in lower case this way; the direction word is what tells it from
// the pronoun, which is never followed by "-east".
func usZoneLabelAfter(rest string) bool {
	for _, d := range usZoneDirections {
		if len(rest) < len(d) || !strings.EqualFold(rest[:len(d)], d) {
			continue
		}
		if len(rest) == len(d) {
			return true
		}
		switch c := rest[len(d)]; {
		case c == '-' || c == ' ' || c == ',' || c == ')' || c >= '0' && c <= '9':
			return true
		}
	}
	return false
}
