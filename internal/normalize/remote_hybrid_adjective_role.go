package normalize

// hybridDescribedRole reads "hybrid" as an adjective of the role with one
// to three describing words before the role noun: "a hybrid backend role",
// "Hybrid Data Analyst position in Leeds". The hybrid cue table only knows
// "hybrid role" with nothing between.
//
// Hybrid technology is not a way of working: "hybrid cloud engineer role",
// "hybrid mobile app developer job", "hybrid vehicle test position" stay
// unread, and so do team or mode words between ("hybrid team lead role",
// "hybrid or remote role" is left to the other readers).
var hybridDescribedRole = newKeyRegexp(`(?i)\bhybrid\s+((?:[\p{L}][\p{L}\d+#.'’/-]*\s+){1,3})(?:role|position|job|opportunity|vacancy|internship)\b`, 0, 70, "hybrid")

// hybridNonWorkWords are words after "hybrid" that make it a technology, a
// product, a group or a second mode, not the role's way of working.
var hybridNonWorkWords = map[string]bool{
	"cloud": true, "clouds": true, "multi-cloud": true, "multicloud": true, "infrastructure": true, "it": true,
	"app": true, "apps": true, "application": true, "applications": true, "mobile": true, "web": true,
	"vehicle": true, "vehicles": true, "electric": true, "car": true, "cars": true, "engine": true, "engines": true,
	"powertrain": true, "energy": true, "power": true, "battery": true, "solar": true, "systems": true, "system": true,
	"network": true, "networks": true, "networking": true, "environment": true, "environments": true,
	"integration": true, "solutions": true, "solution": true, "platform": true, "platforms": true, "storage": true,
	"quantum": true, "model": true, "models": true, "search": true, "learning": true, "teaching": true, "classroom": true,
	"course": true, "courses": true, "event": true, "events": true, "meeting": true, "meetings": true,
	"team": true, "teams": true, "workers": true, "employees": true, "staff": true, "colleagues": true,
	"or": true, "and": true, "nor": true, "not": true, "vs": true, "to": true, "of": true, "in": true, "for": true,
	"with": true, "the": true, "a": true, "an": true, "our": true, "your": true, "this": true, "that": true,
	"remote": true, "remotely": true, "onsite": true, "on-site": true, "office": true, "in-office": true,
	"in-person": true, "temporary": true, "temporarily": true, "initially": true, "until": true,
}

// hybridRoleWords returns the first "hybrid ... role" that describes the
// way of working, or nil.
func hybridRoleWords(text string) []int {
	for _, m := range hybridDescribedRole.FindAllStringSubmatchIndex(text, 4) {
		if hybridWordsAreWork(text[m[2]:m[3]]) && !hybridDeniedAt(text, m[0]) && !hybridCommonAt(text, m[1]) {
			return m[:2]
		}
	}
	return nil
}

// hybridWordsAreWork reports whether none of the words after "hybrid"
// turns it into a technology, a product, a group or a second mode.
func hybridWordsAreWork(words string) bool {
	return noWordIn(words, hybridNonWorkWords) // remote_adjective_role.go
}
