package normalize

import (
	"regexp"
	"strings"

	"github.com/gigscout/gigscout/internal/model"
)

// officeFirstDays is a weekly office schedule written with the office (or
// the client's site) first and the count of days after it, some words
// apart: "presence in our office location 4 days per week", "on site with
// our customer on a 2-3 day per week basis", "work out of our office at
// least 2 days/week", "based in the Canton office for a minimum of three
// days a week". Only one to four days count: five days a week in the
// office is an on-site role, and "7 days a week" is opening hours.
var officeFirstDays = newKeyRegexp(`(?i)\b(?:office|on[- ]?site|onsite)\b[^.;:!?\n]{0,50}?\b(?:[1-4]|one|two|three|four)(?:\s*(?:-|–|to|or)\s*(?:[2-4]|two|three|four))?\s*days?(?:\s+(?:a|per|each|every)\s+|\s*/\s*)week\b`, 110, 12, "week")

// officeFirstWeek finds an office-first weekly schedule; nil when there is none.
func officeFirstWeek(text string) []int {
	if loc := officeFirstDays.FindStringIndex(text); loc != nil {
		return loc
	}
	if loc := officeMonthDays(text); loc != nil {
		return loc // "will require 2 to 3 days per month at the office" (remote_office_month.go)
	}
	return officeWeekdaysHybrid(text) // "in the office Tuesday to Thursday" (remote_office_weekdays.go)
}

// homeOfficeOnly is a location that is only home office: "Homeoffice",
// "Home-Office", "100% Home Office" (German boards put it in the place
// field). "teilweise Homeoffice" is read elsewhere as hybrid.
var homeOfficeOnly = regexp.MustCompile(`(?i)^\s*(?:100\s?%\s*)?home[- ]?office\s*(?:\(\s*[mwfdx]\s*/\s*[mwfdx]\s*/\s*[mwfdx]\s*\))?\s*$`) // a gender marker may follow: "Homeoffice (m/f/x)"

// homeOfficeLoc reports a location that is only home office.
func homeOfficeLoc(loc string) bool {
	return len(loc) <= 24 && containsFold(loc, "home") && homeOfficeOnly.MatchString(loc)
}

// officeComeIn is a description that requires coming into the
// office without naming a schedule: "You will primarily be required to
// come into the office", "employees are expected to report to the office",
// "you are expected to be in the office", "interns are expected in the
// office daily".
// A visit ("for onboarding", "once a quarter") is left alone.
var officeComeIn = newKeyRegexp(`(?i)\b(?:(?:required|expected|needs?|obliged)\s+to\s+(?:(?:come|report|commute|be)\s+(?:in)?to|be\s+(?:in|at))|(?:required|expected)\s+(?:in|at))\s+(?:the|our)\s+(?:[\p{L}]+\s+){0,2}office\b`, 80, 6, "office")

// officeRequiredOnsite reads an office requirement with no schedule as on-site;
// unknown when there is none.
func officeRequiredOnsite(text string) (model.Remote, string) {
	for _, loc := range officeComeIn.FindAllStringIndex(text, 4) {
		if deniedDemandBefore(text, loc[0]) {
			continue // "no need to come into the office" (remote_student_presence.go)
		}
		if occasionalOnsite.MatchString(text[loc[1]:min(len(text), loc[1]+60)]) || officeVisitAfter.MatchString(text[loc[1]:min(len(text), loc[1]+40)]) {
			continue
		}
		return model.RemoteOnsite, strings.TrimSpace(text[loc[0]:loc[1]])
	}
	return officeWorkRequiredOnsite(text) // "required to work from our office" (remote_office_work_required.go)
}

// officeVisitAfter follows an office requirement that is a visit or a
// schedule read elsewhere: "for team meetings", "once a month", "two days a week".
var officeVisitAfter = regexp.MustCompile(`(?i)^[\s,]*(?:(?:for|on)\s+(?:the\s+)?(?:occasional|some|certain|team|quarterly|monthly|special|onboarding|training|meetings?|events?|in-person)|(?:once|twice|occasionally|periodically|as needed|when needed|sometimes|from time to time)|(?:[1-4]|one|two|three|four)\s*(?:x|times|days?))\b`)
