package normalize

import "github.com/gigscout/gigscout/internal/model"

// fullPermanentStated is a description stating that the post itself is a
// full-time permanent one: "to join our editorial team as a full-time,
// permanent employee", "This is a permanent, full-time position". It
// beats the description's contract words, which are then the employer's
// other workers ("We work with a network of more than 200 freelance
// writers"); a title's contract word still rules.
var fullPermanentStated = newKeyRegexp(`(?i)\b(?:as\s+an?|is\s+an?)\s+(?:full[- ]?time(?:,|\s+and)?\s+permanent|permanent(?:,|\s+and)?\s+full[- ]?time)\s+(?:employee|role|position|job|member\s+of\s+staff|staff\s+member|hire|post)\b`,
	30, 40, "permanent")

// fullPermanentOverContract is full-time for a contract reading that
// came from the description alone (no contract word in the title or the
// source's type field) when the description states the post full-time
// and permanent; t otherwise.
func fullPermanentOverContract(emp, title, text string, t model.JobType) model.JobType {
	if t != model.TypeContract || emp != "" || !containsFold(text, "permanent") || titleContract.MatchString(title) {
		return t
	}
	if fullPermanentStated.MatchString(text) {
		return model.TypeFullTime
	}
	return t
}
