package normalize

// A role that may be done remotely by the people of one place (table tests
// in region_remotely_for_people_test.go): "This position can also be done
// remotely by applicants based in Quebec, Canada", "may be performed
// remotely for candidates who are located in the UK". The sentence limits
// where the remote work may be done from, so a broad label beside it
// ("Anywhere in the World", "Remote - Americas") narrows to the place
// (requiredRegions, region_requirements.go). "cannot be done remotely by
// ..." is no such sentence, and "located anywhere in the world" names no
// place.

// remotelyForPeople is such a sentence up to where its place starts.
var remotelyForPeople = newKeyRegexp(`(?i)\b(?:can|may|could|will)\s+(?:also\s+)?be\s+(?:performed|done|worked|carried\s+out|held)\s+(?:fully\s+|entirely\s+|100%\s+)?remotely\s+(?:by|for)\s+(?:qualified\s+)?(?:candidates|applicants|people|individuals|employees|those|anyone|talent)\s+(?:who\s+(?:are|live|reside)\s+)?(?:(?:based|located|living|residing)\s+)?(?:with)?in\s+(?:the\s+)?`,
	70, 60, "remotely by", "remotely for")

// remotelyForPeopleRegions returns the places such sentences name, in
// order; nil when there is none.
func remotelyForPeopleRegions(text string) []string {
	var out []string
	for _, m := range remotelyForPeople.FindAllStringIndex(text, -1) {
		if negatedClause(text, m[0], m[1]) {
			continue
		}
		for _, r := range placeList(text[m[1]:]) {
			out = appendUnique(out, r)
		}
	}
	return out
}
