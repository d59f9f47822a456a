package normalize

// Remote work, or a remote work arrangement, placed in a country by a
// preposition (table tests in region_remote_work_within_test.go): "A remote
// work arrangement within the UK may be possible", "Remote work in Canada
// is offered", "remote working within Germany". The place is read as a list
// to the end of its clause; "remote work within our team" or "remote work
// in a fast-moving company" names no place, and a denied clause ("Remote
// work in Spain is not possible") is not read. textRemoteRegions
// (remote.go) reads it where nothing before it named a region.

// remoteWorkWithin is such a phrase up to where its place starts.
var remoteWorkWithin = newKeyRegexp(`(?i)\bremote\s+(?:work|working)(?:\s+(?:arrangement|option|setup|set-up))?s?\s+(?:with)?in\s+(?:the\s+)?`,
	10, 40, "remote work")

// remoteWorkWithinRegions returns the place of the first such phrase that
// names one; nil when none does.
func remoteWorkWithinRegions(text string) []string {
	for _, m := range remoteWorkWithin.FindAllStringIndex(text, -1) {
		if negatedClause(text, m[0], m[1]) || deniedBase(text, m[0]) {
			continue
		}
		if rs := placeList(text[m[1]:]); len(rs) > 0 {
			return rs
		}
	}
	return nil
}
