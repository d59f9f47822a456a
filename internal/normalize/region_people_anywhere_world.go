package normalize

// People told they may be located anywhere in the world (table tests in
// region_people_anywhere_world_test.go): "open to candidates located
// anywhere in the world", "for applicants residing anywhere in the world",
// "Talent living anywhere in the world is welcome". The people are the
// role's candidates, so the remote role is open worldwide (read beside
// worldwideOpen, regions_extra.go). Others located anywhere ("Our
// customers are located anywhere in the world") are not, and a span of
// days after it ("for up to four weeks a year") is a perk.

// peopleAnywhere is such a phrase.
var peopleAnywhere = newKeyRegexp(`(?i)\b(?:candidates|applicants|people|individuals|talent|anyone|you)(?:\s+who\s+(?:are|live|reside))?(?:\s+are|'re|’re)?\s+(?:located|living|residing|based)\s+anywhere\s+in\s+the\s+world\b`,
	60, 25, "anywhere in the world")

// peopleAnywhereWorld reports such a phrase that is no perk.
func peopleAnywhereWorld(text string) bool {
	for _, m := range peopleAnywhere.FindAllStringIndex(text, -1) {
		if !anywherePerkAt(text, m[1]) && !negatedClause(text, m[0], m[1]) {
			return true
		}
	}
	return false
}
