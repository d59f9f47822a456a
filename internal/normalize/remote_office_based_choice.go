package normalize

import "regexp"

// officeOrHome follows an office the role is based in with a choice of
// working elsewhere: "based in the office or at home", "in our Leeds
// office or remotely". The office is then one choice, not the place.
var officeOrHome = regexp.MustCompile(`(?i)^\s*,?\s*(?:or|and/or)\s+(?:at\s+home|from\s+home|(?:fully\s+)?remote(?:ly)?|home[- ]based|wherever)\b`)

// officeBasedAt returns officeBased's match in text unless the office is
// offered beside home work.
func officeBasedAt(text string) []int {
	loc := officeBased.FindStringIndex(text)
	if loc == nil || officeOrHome.MatchString(text[loc[1]:min(len(text), loc[1]+30)]) {
		return nil
	}
	return loc
}
