package normalize

import "regexp"

// globalEmployerEntry reads a location entry whose "global" describes the
// employer or its staff, not where a worker may be: "Global company",
// "A global team", "Global organisation". Such an entry names no remote
// region, so it is returned empty; any other entry comes back unchanged.
// The shape is general: "global" used as an adjective on an organisation
// noun, with nothing after it but an optional trailing note in brackets.
func globalEmployerEntry(loc string) string {
	if len(loc) > 48 || !containsFold(loc, "global") {
		return loc
	}
	if globalEmployerWords.MatchString(loc) {
		return ""
	}
	return loc
}

var globalEmployerWords = regexp.MustCompile(`(?i)^\s*(?:an?\s+|our\s+|the\s+)?global(?:ly[- ](?:distributed|active))?\s+` +
	`(?:compan(?:y|ies)|teams?|organi[sz]ations?|firms?|business(?:es)?|brands?|leaders?|enterprises?|employers?|` +
	`start-?ups?|agenc(?:y|ies)|corporations?|groups?|networks?|communit(?:y|ies)|workforce|staff|org)\b[\s.!]*(?:\([^)]*\))?\s*$`)
