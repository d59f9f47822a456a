package normalize

import "regexp"

// A short paid project offered to students is a micro-internship written
// in other words (table tests in type_body_student_paid_project_test.go):
// "Short-term paid project, about 20 hours, for current students", "a
// 2-week paid project for students", "Short paid assignment (15 hours) for
// undergraduates", "This paid student project takes about 10 hours",
// "Students: complete a 30-hour paid project", "Undergraduates can earn
// $300 for a 15-hour research project". bodyProject read these as
// a project; the student audience makes them the micro-internships
// gigscout looks for.
//
// The pay word, the project and the students must be in one sentence, in
// that order (or the students first, as those who earn it), and the
// sentence must not be about the reader's past or a post that supervises
// students (pastContext): "you will supervise paid projects for students"
// and "a paid project management role" (no students) stay as they were.
var studentPaidProject = newKeyRegexp(`(?i)\b(?:paid|short[- ]term|short)\b[^.\n;]{0,40}?\b(?:project|assignment)s?\b[^.\n]{0,60}?\bfor\s+(?:an?\s+)?(?:(?:current|college|university|undergraduate|graduate|high[- ]school|enrolled)\s+){0,2}(?:students?|undergraduates?|undergrads?)\b|\bpaid\s+student\s+(?:project|assignment)s?\b|(?m:^\s*students?:[^.\n]{0,60}?\bpaid\s+(?:project|assignment)s?\b)|`+
	`\b(?:students?|undergraduates?|undergrads?)\s+to\s+(?:complete|do|take\s+on|work\s+on)\s+an?\s+(?:short,?\s+|small,?\s+)?paid\s+(?:project|assignment)\b|`+
	`\b(?:students?|undergraduates?|undergrads?) (?:can|will|may)\s+(?:earn|receive|be\s+paid)\b[^.\n;]{0,40}?\bfor\s+(?:an?|the|this|each|one)\s+(?:[\w-]+\s+){0,3}?(?:project|assignment)\b`,
	160, 160, "paid", "short", "students can", "students will", "students may", "student can", "student will", "student may", "undergrad")

// studentWordGate and projectWordGate are the word gates of the words
// studentPaidProjectText looks for first.
var (
	studentWordGate = newFoldGate("student", "undergrad")
	projectWordGate = newFoldGate("project", "assignment")
)

// studentPaidProjectText reports a short paid project offered to students
// in text.
func studentPaidProjectText(text string) bool {
	if !studentWordGate.may(text) || !projectWordGate.may(text) {
		return false // word_gate.go
	}
	if !hasFold(text, "student") && !hasFold(text, "undergrad") {
		return false
	}
	if !hasFold(text, "project") && !hasFold(text, "assignment") {
		return false
	}
	for _, loc := range studentPaidProject.FindAllStringIndex(text, 4) {
		if pastContext(text, loc[0]) || containsAnyFold(text[max(0, loc[0]-40):loc[0]], pastBefore) {
			continue
		}
		if containsAnyFold(text[loc[0]:loc[1]], []string{"supervis", "mentor", "manage", "management"}) {
			continue
		}
		return true
	}
	return false
}

// paidStudentProjectTitle is a title naming a paid student project:
// "Social Media Audit - Paid Student Project", "Live Project for
// Final-Year Students – Social Media Audit".
func paidStudentProjectTitle(title string) bool {
	return containsFold(title, "paid student project") || containsFold(title, "paid student assignment") ||
		containsFold(title, "project") && titleProjectForStudents.MatchString(title)
}

// titleProjectForStudents is a short or live project offered to students.
// "Short-Term Data Cleaning Project (Students)" names them in brackets.
var titleProjectForStudents = regexp.MustCompile(`(?i)\b(?:live|short|paid|mini|micro)[- ]?projects?\s+for\s+(?:[\p{L}/-]+\s+){0,3}?(?:students?|undergraduates?|undergrads?)\b|\bprojects?\s*[(\[]\s*(?:for\s+)?(?:(?:current|college|university|undergraduate|graduate)\s+)?(?:students?|undergraduates?|undergrads?)\s*[)\]]`)
