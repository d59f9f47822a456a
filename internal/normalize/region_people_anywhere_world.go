package normalize

// People told they may be located anywhere in the world (table tests in
// region_people_anywhere_world_test.go): "open to candidates located
// anywhere in the world", "for applicants residing anywhere in the world",
// "Talent living anywhere in the world is welcome", "Tutors can be
// located anywhere in the world" (or just "can be anywhere"), "you may live anywhere in the world".
// The people are the role's candidates, so the remote role is open
// worldwide (read beside worldwideOpen, regions_extra.go). Others located
// anywhere ("Our customers are located anywhere in the world", "Our
// customers can be located ...") are not, and a span of days after it
// ("for up to four weeks a year") is a perk.

// peopleAnywhere is such a phrase.
var peopleAnywhere = newKeyRegexp(`(?i)\b(?:(?:candidates|applicants|people|individuals|talent|anyone|you)(?:\s+who\s+(?:are|live|reside))?(?:\s+are|'re|’re)?\s+(?:located|living|residing|based)|(?:can|may|could)\s+be(?:\s+(?:located|based))?|(?:you|candidates|applicants|interns|students)\s+(?:can|may)\s+(?:live|reside))\s+anywhere\s+in\s+the\s+world\b`,
	60, 25, "anywhere in the world")

// othersModal is the word before "can be located anywhere in the world"
// when the people are others: "Our customers can be located ...".
var othersModal = newFoldWords("customer", "client", "user", "partner", "member", "learner", "supplier", "vendor", "office", "team")

// peopleAnywhereWorld reports such a phrase that is no perk.
func peopleAnywhereWorld(text string) bool {
	for _, m := range peopleAnywhere.FindAllStringIndex(text, -1) {
		if othersModal.in(text[max(0, m[0]-14):m[0]]) {
			continue // "Our customers can be located anywhere in the world"
		}
		if !anywherePerkAt(text, m[1]) && !negatedClause(text, m[0], m[1]) {
			return true
		}
	}
	return false
}
