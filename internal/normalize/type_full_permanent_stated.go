package normalize

import (
	"regexp"

	"github.com/gigscout/gigscout/internal/model"
)

// fullPermanentStated is a description stating that the post itself is a
// full-time permanent one: "to join our editorial team as a full-time,
// permanent employee", "This is a permanent, full-time position". It
// beats the description's contract words, which are then the employer's
// other workers ("We work with a network of more than 200 freelance
// writers"); a title's contract word still rules.
var fullPermanentStated = newKeyRegexp(`(?i)\b(?:as\s+an?|is\s+an?)\s+(?:full[- ]?time(?:,|\s+and)?\s+permanent|permanent(?:,|\s+and)?\s+full[- ]?time)\s+(?:in-house\s+|salaried\s+|staff\s+|year-round\s+)?(?:employee|role|position|job|member\s+of\s+staff|staff\s+member|hire|post)\b`,
	30, 40, "permanent")

// fullPermanentOverContract is full-time for a contract reading that
// came from the description alone (no contract word in the title or the
// source's type field), or an internship reading of a staff title that
// runs a programme ("Internship Program Manager"), when the description
// states the post full-time and permanent; t otherwise.
func fullPermanentOverContract(emp, title, text string, t model.JobType) model.JobType {
	switch {
	case emp != "" || !containsFold(text, "permanent"):
		return t
	case t == model.TypeContract:
		if titleContract.MatchString(title) {
			return t
		}
	case t == model.TypeInternship:
		// "Internship Program Manager" running "our summer internship program"
		if !programStaffTitle.MatchString(title) {
			return t
		}
	default:
		return t
	}
	if fullPermanentStated.MatchString(text) {
		return model.TypeFullTime
	}
	return t
}

// programStaffTitle is a staff word in a title that runs a programme.
var programStaffTitle = regexp.MustCompile(`(?i)\b(?:manager|coordinator|director|recruiter|lead|head|specialist|officer|advis[oe]r|administrator)\b`)
