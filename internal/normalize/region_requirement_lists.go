package normalize

// A work-authorization requirement may list several countries: "must be
// authorized to work in one of the following countries: A, B, C, and D",
// "eligible to work in any of the following locations: A, B or C", "legally
// authorized to work in the United States or Canada". authorizedIn reads
// one place after "work in" (and nothing after "one of the following
// countries"); requirementListRegions reads the whole list to the end of
// its clause (regionList: every item a place), so requiredRegions narrows a
// global location label ("Remote - Global") to every country of it. Places
// in the next sentence ("Our community also includes people in X") are
// not part of the list.

// authorizedListIn is the opening of such a requirement, up to where its
// list of places starts.
var authorizedListIn = newKeyRegexp(`(?i)\b(?:authori[sz]ed|eligible|permitted|legally\s+(?:able|allowed|entitled))\s+to\s+work\s+(?:in|within)\s+`+
	`(?:(?:any\s+)?one\s+of\s+|any\s+of\s+)?(?:the\s+)?(?:following\s+(?:countries|locations|regions|places|territories)\s*:?\s*)?`,
	40, 90, "authori", "eligible", "permitted", "legally")

// requirementListRegions returns the places every requirement of
// authorizedListIn lists, in order; nil when none lists one.
func requirementListRegions(text string) []string {
	var out []string
	for _, m := range authorizedListIn.FindAllStringIndex(text, -1) {
		for _, r := range regionList(text[m[1]:min(len(text), m[1]+240)]) {
			if r != RegionWorldwide {
				out = appendUnique(out, r)
			}
		}
	}
	return out
}
