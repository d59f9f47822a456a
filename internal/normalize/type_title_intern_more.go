package normalize

import "regexp"

// More titles that name a student post: a co-op written as two words
// ("Thermal Co Op", "Co Op Role"), a co-op work term ("Engineering Work
// Term Student"), a traineeship ("EU Blue Book Traineeship"), a student
// in a role ("Student Engineer", "Student Researcher"), also with one
// discipline word before the role ("Student Firmware Developer"; a word
// outside that short list, as in "Student Loan Analyst" or "Student Data
// Analyst", can name a staff post that serves students, so it is left), the common
// misspelling "Intership", a practicum ("Practicum Student", supervised
// practice a course requires) and a title opening with the Philippine
// "OJT" (on-the-job training, as internships are called there: "OJT -
// Accounting Department"; "Welder (OJT available)" is a job that trains).
var titleInternMoreRe = regexp.MustCompile(`(?i)\b(?:co op|work[- ]term|traineeships?|interships?|practicums?|student (?:(?:software|hardware|research|web|mechanical|electrical|civil|chemical|firmware|embedded|mobile|front[- ]?end|back[- ]?end|full[- ]?stack|game|test|qa|process|manufacturing|design|applications?) )?(?:engineer|researcher|developer|programmer|scientist|analyst|technician|designer)s?)\b`)

// titleInternMore reports a title above, not one that runs the posts
// ("Traineeship Coordinator", titleRunsProgram's words).
func titleInternMore(title string) bool {
	if ojtTitle(title) {
		return !titleRunsProgramMore.MatchString(title)
	}
	if !(containsFold(title, "co op") || containsFold(title, "term") || containsFold(title, "trainee") ||
		containsFold(title, "intership") || containsFold(title, "student") || containsFold(title, "practicum")) {
		return false
	}
	return titleInternMoreRe.MatchString(title) && !titleRunsProgramMore.MatchString(title)
}

// titleRunsProgramMore is a title that runs traineeships or work terms.
var titleRunsProgramMore = regexp.MustCompile(`(?i)\b(?:traineeships?|work[- ]terms?|co op|practicums?|OJT)\s+(?:program(?:me)?s?\s+)?(?:manager|coordinator|director|lead|recruiter|officer|administrator|advisor|adviser|supervisor|instructor|trainer)\b`)

// ojtTitle reports a title opening with the upper-case word "OJT".
func ojtTitle(title string) bool {
	return len(title) >= 3 && title[:3] == "OJT" && (len(title) == 3 || !isWordByte(title[3]))
}
