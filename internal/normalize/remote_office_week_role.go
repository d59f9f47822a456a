package normalize

import "github.com/gigscout/gigscout/internal/model"

// A company may call itself remote-first and still seat a role in an
// office: "Acme is a remote-first company. This role sits in our SF
// office five days a week." The body's remote word describes the company;
// a full office week said of the role or of the reader decides the role.
// strongOnsiteMore reads "must be in the office five days" and "is in our
// office five days"; this reads the role or "you" placed in a named office
// ("our SF office", "our Austin HQ office") for the whole week.

// officeWeekRole is such a sentence (tried around its key words: see
// keyRegexp).
var officeWeekRole = newKeyRegexp(`(?i)\b(?:(?:this|the) (?:role|position|job)|you)(?:['’]ll| will)? (?:sits?|be|is|are)(?: based)? (?:in|at|from|out of) (?:the|our) (?:[\p{L}]+ ){0,3}office,? (?:(?:5|five) days (?:a|per|each|every) week|full[- ]time|every (?:work ?)?day)`, 100, 30,
	"office five", "office 5", "office full", "office every", "office, five", "office, 5", "office, full", "office, every")

// officeWeekOverCulture (called from recheckBody on a remote read from the
// body) returns on-site with its evidence when the text seats the role in
// an office for the whole week; RemoteUnknown otherwise.
func officeWeekOverCulture(text string) (model.Remote, string) {
	if !hasFold(text, "office") {
		return model.RemoteUnknown, ""
	}
	if loc := officeWeekRole.FindStringIndex(text); loc != nil {
		return model.RemoteOnsite, "text: " + text[loc[0]:loc[1]]
	}
	return model.RemoteUnknown, ""
}
