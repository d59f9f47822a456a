package normalize

import (
	"regexp"

	"github.com/gigscout/gigscout/internal/model"
)

// An internship named by its length in years (or one month or week), or by
// the reader's time through it (table tests in
// type_body_internship_course_test.go). bodyInternMore reads "a 3-month
// internship" with a length of two to twelve weeks or months; "a one year
// internship", "a 2-year paid internship" and "a one-month internship" were
// left unread, so "One year internship, full-time position." read as a
// full-time job by its hours.
//
// The time through it is a sentence that takes the reader into the
// internship: "During your internship, you will ...", "Over the course of
// the internship you'll ...", or a sentence that opens on it: "The
// internship lasts ten weeks", "The internship is a paid programme". A
// benefit tied to its length ("duration of your internship") names no
// course, and a length the reader must already have ("at least one year
// internship experience", "a previous 1-year internship") is skipped.
var yearInternship = regexp.MustCompile(`(?i)\b(?:\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)[- ](?:years?|yrs?)[- ](?:long\s+)?(?:paid\s+|unpaid\s+|full[- ]time\s+|part[- ]time\s+)?internships?\b|\bone[- ](?:months?|weeks?)[- ](?:long\s+)?(?:paid\s+|unpaid\s+|full[- ]time\s+|part[- ]time\s+)?internships?\b`)

// internshipCourse is the reader's time through the internship, followed
// by what they will do in it.
var internshipCourse = regexp.MustCompile(`(?i)\b(?:during|over\s+the\s+course\s+of|throughout)\s+(?:your|the|this)\s+internship\s*,?\s+(?:you(?:'ll|\s+will|\s+are|\s+get|\s+work|\s+join|\s+learn|\s+receive)|your\s+(?:work|time|projects?|days?)\s+(?:is|are|will)|we\s+will)\b`)

// internshipOpening is a sentence that opens on the internship and says
// what it is or how long it runs.
var internshipOpening = regexp.MustCompile(`(?i)(?:^|[.!?]\s+|\n\s*)the\s+internship\s+(?:is\s+an?|lasts|runs\s+(?:for|from)|will\s+(?:last|run)|starts\s+(?:on|in)|begins\s+(?:on|in))\b`)

// internshipRequired are words that, before a length, make it one the
// reader must already have.
var internshipRequired = []string{"at least", "minimum", "min.", "require"}

// internshipCourseType is an internship when text names one by its length
// in years, or takes the reader through it; unknown otherwise.
func internshipCourseType(text string) model.JobType {
	if !hasFold(text, "internship") {
		return model.TypeUnknown
	}
	for _, loc := range yearInternship.FindAllStringIndex(text, 4) {
		before := text[max(0, loc[0]-40):loc[0]]
		after := text[loc[1]:min(len(text), loc[1]+14)]
		if pastContext(text, loc[0]) || containsAnyFold(before, pastBefore) || containsAnyFold(before, internshipRequired) ||
			containsFold(after, "experience") {
			continue
		}
		return model.TypeInternship
	}
	for _, loc := range internshipCourse.FindAllStringIndex(text, 4) {
		if !pastContext(text, loc[0]) {
			return model.TypeInternship
		}
	}
	if internshipOpening.MatchString(text) {
		return model.TypeInternship
	}
	return model.TypeUnknown
}
