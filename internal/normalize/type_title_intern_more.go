package normalize

import "regexp"

// More titles that name a student post: a co-op written as two words
// ("Thermal Co Op", "Co Op Role"), a co-op work term ("Engineering Work
// Term Student"), a traineeship ("EU Blue Book Traineeship"), a student
// in a role ("Student Engineer", "Student Researcher") and the common
// misspelling "Intership".
var titleInternMoreRe = regexp.MustCompile(`(?i)\b(?:co op|work[- ]term|traineeships?|interships?|student (?:engineer|researcher|developer|programmer|scientist|analyst|technician|designer)s?)\b`)

// titleInternMore reports a title above, not one that runs the posts
// ("Traineeship Coordinator", titleRunsProgram's words).
func titleInternMore(title string) bool {
	if !(containsFold(title, "co op") || containsFold(title, "term") || containsFold(title, "trainee") ||
		containsFold(title, "intership") || containsFold(title, "student")) {
		return false
	}
	return titleInternMoreRe.MatchString(title) && !titleRunsProgramMore.MatchString(title)
}

// titleRunsProgramMore is a title that runs traineeships or work terms.
var titleRunsProgramMore = regexp.MustCompile(`(?i)\b(?:traineeships?|work[- ]terms?|co op)\s+(?:program(?:me)?s?\s+)?(?:manager|coordinator|director|lead|recruiter|officer|administrator|advisor|adviser)\b`)
