package normalize

// Employment type in English fields and titles.
//
// A "mini internship" is what some campus boards call a micro-internship:
// a short, paid student project counted in hours, not a term-long
// internship. Boards write it in the employment type field as well as in
// the title ("Mini Internship", "Mini-Internship (hourly)"), and the field
// may also carry "Micro Internship" itself. General shape: the word pair
// mini/micro + internship, in the title or the type field.

// miniInternCue is the "mini internship" word pair; the micro form is
// titleMicro (jobtype.go).
var miniInternCue = newCueRegexp(`(?i)\bmini[- ]?internships?\b`)

// microInternship reports a micro-internship named by the employment type
// field or by a "mini internship" title.
func microInternship(employmentType, title string) bool {
	if employmentType != "" && (miniInternCue.MatchString(employmentType) || titleMicro.MatchString(employmentType)) {
		return true
	}
	return title != "" && miniInternCue.MatchString(title)
}
