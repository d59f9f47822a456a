package normalize

import "regexp"

// A permission sentence whose list names a wide area and then, after
// "including" or "such as", some of that area's countries: the countries
// are examples of the area, not more places to add (table tests in
// region_permit_list_examples_test.go). "open to applicants in Latin
// America, such as Peru and Chile" stays Latin America; a country outside
// the area ("Latin America, including Portugal") is still a place of its
// own, and the list is read whole as before.

// permitExampleCue opens the examples after a place in a permission list.
var permitExampleCue = regexp.MustCompile(`(?i),?\s+(?:including|incl\.|such\s+as|for\s+example|for\s+instance|e\.g\.,?|especially|particularly)\s+`)

// permitListExamplesCut returns rest up to its example cue when every
// place after the cue lies within the places before it; rest otherwise.
// It runs only on the short span after a permission frame.
func permitListExamplesCut(rest string) string {
	loc := permitExampleCue.FindStringIndex(rest)
	if loc == nil {
		return rest
	}
	head := placeList(partsOfPrefix.ReplaceAllString(rest[:loc[0]], ""))
	examples := placeList(rest[loc[1]:])
	if len(head) == 0 || len(examples) == 0 || !allWithin(examples, head) {
		return rest
	}
	return rest[:loc[0]]
}
