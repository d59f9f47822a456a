package normalize

import "regexp"

// Cues of the citizenship and work-authorization patterns of extraRegions:
// every match of the pattern holds one of them, ignoring ASCII case. None
// holds a k or an s, the only ASCII letters that (?i) also folds to a
// non-ASCII rune (K U+212A, ſ U+017F), so an ASCII case-insensitive search
// for them misses no match. "wor" would cover every rightToWork phrase
// but nearly every text holds it; the phrases' other words are rarer
// ("permi": permit and permission).
var (
	citizenshipCues = []string{"citizen"}
	rightToWorkCues = []string{"right to wor", "rights", "permi", "authori", "legally", "eligib"}
)

// findAllFold is re.FindAllStringSubmatch(s, -1), skipped (nil) when s
// holds none of cues (see containsAnyFold), which every match of re must
// hold. The reference run always runs re.
func findAllFold(re *regexp.Regexp, s string, cues []string) [][]string {
	if !reference && !containsAnyFold(s, cues) {
		return nil
	}
	return re.FindAllStringSubmatch(s, -1)
}
