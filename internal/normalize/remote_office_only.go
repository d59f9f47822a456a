package normalize

import "regexp"

// Two more ways a description can overrule a remote location or hint with
// an office the worker must attend:
//   - the place of work marked as the only one: "On-site only.", "In-person
//     only - no remote", "an office-only role";
//   - a worker who must report to the office: "must report to the office
//     daily", "you will need to report to our Leeds office".
//
// Said of part of the work, the place is not the only one: "on-site only
// for the first week", "in-person only on Mondays" follow the word with
// more words and are left alone, as is reporting to a person ("must
// report to the office manager").
var (
	// officePlaceOnly is an office place marked "only" and closed by a stop, a
	// dash, the end of the text, or a role noun.
	officePlaceOnly = newKeyRegexp(`(?i)\b(?:on[- ]?site|in[- ]office|in[- ]person|office)[- ]only(?:\s*(?:[.;:!,—–]|-\s|$)|\s+(?:role|position|job|work)\b)`, 20, 20, "only")
	// reportToOffice is an office the worker must report to.
	reportToOffice = newKeyRegexp(`(?i)\b(?:must|need to|needs to|required to|expected to|will need to|you['’]ll need to|will be required to)\s+report\s+(?:in[- ]person\s+)?to\s+(?:(?:our|the|an?)\s+)?(?:[\p{L}]+\s+){0,2}?office\b`, 70, 40, "report")
	// officeAsPerson follows "office" when it names a person or a post, not
	// a workplace: "report to the office manager".
	officeAsPerson = regexp.MustCompile(`(?i)^\s+(?:manager|administrator|admin|director|lead|supervisor|coordinator|head|chief)\b`)
)

// officeOnlyWording returns the wording of officePlaceOnly or reportToOffice in text, or
// "" when neither is there.
func officeOnlyWording(text string) string {
	if loc := officePlaceOnly.FindStringIndex(text); loc != nil {
		return text[loc[0]:loc[1]]
	}
	for _, loc := range reportToOffice.FindAllStringIndex(text, -1) {
		if !officeAsPerson.MatchString(text[loc[1]:]) {
			return text[loc[0]:loc[1]]
		}
	}
	return ""
}
