package normalize

import "regexp"

// seniorityInternship is LinkedIn's "Seniority level" (or a board's
// "Experience level" or "Career level") given as an internship, on one line
// with a colon or on the next line, as a job page's criteria list prints it:
// "Seniority level: Internship", "Experience level\nInternship".
var seniorityInternship = regexp.MustCompile(`(?i)\b(?:seniority|experience|career)[ \t]+level[ \t]*(?::[ \t]*|\r?\n[ \t]*)(?:internship|intern)\b`)

// seniorityIntern reports a description whose seniority level is an
// internship. LinkedIn files many internships with the employment type
// "Full-time" and says what they are in the seniority level, so this
// beats the source's type, as an internship title does.
func seniorityIntern(text string) bool {
	return hasFold(text, "level") && hasFold(text, "intern") && seniorityInternship.MatchString(text)
}
