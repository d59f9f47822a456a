package normalize

import "regexp"

// More student-post titles (table tests in type_title_student_season_test.go):
//   - a student, undergraduate or early-career title with a season and its
//     year ("Software Engineering Student - Summer 2027", "Early Career
//     Mechanical Engineering - Summer '27"): a term of work for a student;
//     a post that serves students ("Student Success Advisor - Fall 2027")
//     is not one;
//   - an externship and a student extern ("Nursing Student Extern",
//     "Pharmacy Extern"), a short clinical or legal placement; the German
//     "extern" (external: "Berater (extern)") is not one;
//   - the Romanian "stagiu" (an internship: "Stagiu de practică Python")
//     and "stagiar" (an intern);
//   - a title that is a discipline and "Student" ("Physical Design
//     Student", "Engineering Student (m/f/d)"): a student's post, as the
//     "Student" type field value is, when nothing else names its type
//     (disciplineStudentTitle, asked last); a doctoral post ("PhD Student") is a
//     research appointment, and a post that serves students ("Mature
//     Student Advisor") names its role after the word.

// titleStudentSeason is a student word, then a season with its year.
var titleStudentSeason = newCueRegexp(`(?i)\b(?:students?|early[- ]careers?|undergrad(?:uate)?s?|sophomores?|freshman|freshmen)\b[^|;]{0,60}?\b(?:summer|fall|autumn|spring|winter)\s*(?:20\d\d|['’]\d\d)\b`)

// titleServesStudents is a staff post that serves students.
var titleServesStudents = newCueRegexp(`(?i)\bstudent\s+(?:success|services?|affairs|support|life|housing|loans?|records|recruitment|engagement|experience|wellbeing|well-being|accounts?|finance|financial|activities|conduct|enrol+ment|admissions?)\b|\b(?:advisor|adviser|counsel+or|coordinator|manager|director|officer|teacher|tutor|instructor|recruiter|supervisor|dean)s?\b`)

// titleExtern is an externship or a student's extern post.
var titleExtern = newCueRegexp(`(?i)\bexternships?\b|\b(?:student|nursing|pharmacy|medical|dental|veterinary|vet|law|legal|clinical|surgical|radiology|therapy)\s+externs?\b`)

// titleRomanianIntern is the Romanian internship and intern words.
var titleRomanianIntern = newCueRegexp(`(?i)\b(?:stagiu|stagii|stagiul|stagiar|stagiară|stagiari)\b`)

// titleDisciplineStudent is one to three words, then "Student" ending the
// title or before a bracket, dash, bar or comma.
var titleDisciplineStudent = regexp.MustCompile(`(?i)^\s*(?:[\p{L}&/.'’-]+\s+){1,3}students?\s*(?:$|[(\[|,–—:]|-\s)`)

// titleDoctoral is a doctoral or postdoctoral word.
var titleDoctoral = regexp.MustCompile(`(?i)\b(?:ph\.?\s?d|doctoral|doctorate|postdoc(?:toral)?|dphil)\b`)

// disciplineStudentTitle reports a discipline-and-"Student" title. ParseType
// asks it last, when no field, title or text cue named a type: a student post
// may be part-time or filed full-time ("Robotics Research Student" with "This
// role is part-time").
func disciplineStudentTitle(title string) bool {
	return containsFold(title, "student") && titleDisciplineStudent.MatchString(title) &&
		!titleDoctoral.MatchString(title) && !titleServesStudents.MatchString(title)
}

// titleStudentSeasonIntern reports a title above but the last.
func titleStudentSeasonIntern(title string) bool {
	if title == "" {
		return false
	}
	if containsFold(title, "extern") && titleExtern.MatchString(title) {
		return true
	}
	if containsFold(title, "stagi") && titleRomanianIntern.MatchString(title) {
		return true
	}
	return titleStudentSeason.MatchString(title) && !titleServesStudents.MatchString(title)
}
