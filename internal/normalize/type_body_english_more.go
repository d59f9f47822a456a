package normalize

import (
	"regexp"
	"strings"

	"github.com/gigscout/gigscout/internal/model"
)

// More English description wording for a type (table tests in
// type_body_english_more_test.go): an internship by its length or its
// interns ("a 3-month internship", "Duration of internship: 6 months",
// "The intern will support ..."), volunteers sought, seasonal work, a
// and a temporary post with its length.

// bodyInternMore is an internship named by its length or by what its
// interns will do.
var bodyInternMore = newKeyRegexp(`(?i)\b(?:\d{1,2}|two|three|four|five|six|eight|ten|twelve)[- ](?:weeks?|months?)\s+(?:long\s+)?(?:paid\s+|unpaid\s+|summer\s+|remote\s+|full[- ]time\s+|part[- ]time\s+)?internship\b|`+
	`\b(?:duration|length)\s+of\s+(?:the\s+)?internship\b|\binternship\s+(?:duration|length|period)\s*:|`+
	`\b(?:the|this|our)\s+(?:successful\s+|selected\s+)?interns?\s+will\b`, 40, 40, "internship", "intern will", "interns will")

// bodyVolunteerSought is volunteers sought to help: "We are looking for
// volunteers to help run our food bank".
var bodyVolunteerSought = newKeyRegexp(`(?i)\b(?:looking\s+for|seeking|we\s+need|calling\s+all)\s+(?:\w+\s+){0,2}volunteers?\s+(?:to|who|for)\b`, 40, 30, "volunteer")

// bodySeasonalWork is seasonal work stated as the post's: "This job is
// seasonal", "We're hiring seasonal staff". It runs behind a literal check
// ("easonal"): a scan key starting like "seasonal" would be tried at every
// "research" and "search".
var bodySeasonalWork = regexp.MustCompile(`(?i)\b(?:job|role|position|post|work|this)\s+is\s+seasonal\b|\b(?:hiring|recruiting|looking\s+for|seeking|join\s+(?:our|the))\s+(?:\w+\s+)?seasonal\s+(?:staff|workers?|employees?|team(?:\s+members?)?|associates?|help|crew)\b`)

// bodyTemporaryFor is a temporary post with its length: "temporary for 3
// months", "Temporary until June".
var bodyTemporaryFor = newKeyRegexp(`(?i)\btemporary\s+(?:for|until)\s+(?:\d{1,2}|one|two|three|four|six|nine|twelve)\s*(?:months?|weeks?)\b`, 8, 40, "temporary for", "temporary until")

// titleRunsPeople is a title whose holder hires or runs the people a
// phrase names: "Volunteer Coordinator", "Internship Program Manager".
var titleRunsPeople = regexp.MustCompile(`(?i)\b(?:coordinator|co-ordinator|manager|director|lead|supervisor|recruiter|officer|head)\b`)

// pastBefore are words that, just before an internship's length, make it
// the reader's past one: "a previous 6-month internship".
var pastBefore = []string{"previous", "prior", "completed", "past ", "former"}

// currentInternship reports whether text names an internship by its
// length or its interns, outside sentences about the reader's past
// (pastContext) and not just after a word for a past one.
func currentInternship(text string) bool {
	for _, loc := range bodyInternMore.FindAllStringIndex(text, 4) {
		if pastContext(text, loc[0]) {
			continue
		}
		before := text[max(0, loc[0]-24):loc[0]]
		past := false
		for _, w := range pastBefore {
			if containsFold(before, w) {
				past = true
				break
			}
		}
		if !past {
			return true
		}
	}
	return false
}

// englishBodyType returns the type of the first wording above in text;
// unknown when there is none.
func englishBodyType(title, text string) model.JobType {
	runs := func() bool { return titleRunsPeople.MatchString(title) || seniorTitle.MatchString(title) }
	if currentInternship(text) && !runs() {
		return model.TypeInternship
	}
	if !runs() && internshipCourseType(text) == model.TypeInternship {
		return model.TypeInternship // "a one year internship", "During your internship, you will" (type_body_internship_course.go)
	}
	if bodyVolunteerSought.MatchString(text) && !runs() {
		return model.TypeVolunteer
	}
	if (strings.Contains(text, "easonal") && bodySeasonalWork.MatchString(text) || bodyTemporaryFor.MatchString(text)) && !runs() {
		return model.TypeContract
	}
	return model.TypeUnknown
}
