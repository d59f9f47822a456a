package normalize

import (
	"regexp"

	"github.com/gigscout/gigscout/internal/model"
)

// germanHoursBody is a German description's statement of the hours: a
// full-time or part-time post ("Vollzeitstelle", "Teilzeitanstellung") or
// the work "in Vollzeit" / "als Teilzeitkraft". germanFixedTerm is a fixed
// term ("befristet", not "unbefristet": \b needs no letter before it).
var (
	germanHoursBody = newKeyRegexp(`(?i)\b(vollzeit|teilzeit)(?:stelle|position|anstellung|besch(?:ä|ae)ftigung|job|kraft)\b|\b(?:in|als)\s+(vollzeit|teilzeit)\b`, 12, 16, "zeit")
	germanFixedTerm = regexp.MustCompile(`(?i)\bbefristet`)
)

// germanHoursType is the type such a statement gives; unknown when there
// is none or when the text names both hours ("Vollzeit oder Teilzeit"). A
// fixed term makes the post a contract whatever its hours, as in a type
// field (fieldTermType).
func germanHoursType(text string) model.JobType {
	ms := germanHoursBody.FindAllStringSubmatch(text, 1)
	if len(ms) == 0 || (hasFold(text, "vollzeit") && hasFold(text, "teilzeit")) {
		return model.TypeUnknown
	}
	m := ms[0]
	if hasFold(text, "befristet") && germanFixedTerm.MatchString(text) {
		return model.TypeContract
	}
	if containsFold(m[1]+m[2], "voll") {
		return model.TypeFullTime
	}
	return model.TypePartTime
}
