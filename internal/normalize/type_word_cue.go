package normalize

// wordCue is a cue whose matches count only as whole words in Unicode
// terms: Go's \b knows ASCII letters alone, so `\bgig\b` matched inside
// the German "zügig" (quickly) and "geringfügig" after their "ü", and a
// title "Lagerhelfer zügig gesucht" read as a gig project. A match with a
// letter or digit of any script right before or after it is skipped
// (worldWordAt).
type wordCue struct{ re *cueRegexp }

// MatchString reports a whole-word match in s.
func (c wordCue) MatchString(s string) bool {
	if !c.re.MatchString(s) {
		return false
	}
	for _, m := range c.re.FindAllStringIndex(s, -1) {
		if worldWordAt(s, m[0], m[1]) {
			return true
		}
	}
	return false
}
