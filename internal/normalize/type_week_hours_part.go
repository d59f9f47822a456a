package normalize

import "regexp"

// A post's schedule stated as fewer than 31 hours a week, with no
// full-time word anywhere, is part-time: "16 hours per week: Saturdays and
// two weekday evenings", "The schedule is 20 hours per week, Monday
// through Thursday mornings, and this is a permanent position" (the hours
// decide over "permanent"). Only a stated schedule counts: the figure
// opens a sentence or a line, follows "schedule is", "hours:", "work" or
// "for", so "overtime of up to 10 hours per week" and "10 hours per week of
// training" in a full-time post are not read; a text naming full time
// anywhere is left to the other cues. Internship, volunteer and contract
// cues come first in typeCues. Table tests in type_week_hours_part_test.go.
var weekHoursPart = newKeyRegexp(`(?i)(?:^|[.!?]\s+|\n\s*|\b(?:schedule|role|position|job|post|hours)\s*(?:is|are|:)\s*|\bwork(?:ing)?\s+|\bfor\s+)(?:about\s+|approximately\s+|around\s+|roughly\s+)?(?:[5-9]|1\d|2\d|30)(?:[.,]5)?(?:\s*(?:-|–|to)\s*(?:1\d|2\d|30)(?:[.,]5)?)?\s*(?:hours?|hrs?)\s*(?:per|a|/|each)\s*(?:week|wk)\b`,
	40, 10, "hours per", "hours a week", "hours/", "hrs/", "hrs per", "hours each", "hour per", "hrs a week", "hours / ", "hrs / ")

type weekHoursPartBody struct{}

func (weekHoursPartBody) MatchString(text string) bool {
	if !weekHoursPart.MatchString(text) {
		return false // the cheap test first: the key scan is shared
	}
	return !hasFold(text, "full-time") && !hasFold(text, "full time") && !hasFold(text, "fulltime") && !hasFold(text, "overtime")
}

// studyPartGuard drops part-time matches that name a course of study,
// not the post ("a part-time MBA in progress is a plus", "part-time
// studies"), or other people's hours ("Many of our team members work
// part-time").
type studyPartGuard struct {
	re interface {
		FindAllStringIndex(string, int) [][]int
	}
}

func (g studyPartGuard) FindAllStringIndex(text string, n int) [][]int {
	ms := g.re.FindAllStringIndex(text, n)
	out := ms[:0]
	for _, m := range ms {
		if !partTimeStudyAfter.MatchString(text[m[1]:min(len(text), m[1]+24)]) && !othersPartBefore.MatchString(text[max(0, m[0]-40):m[0]]) {
			out = append(out, m)
		}
	}
	return out
}

// partTimeStudyAfter is a course of study right after "part-time".
var partTimeStudyAfter = regexp.MustCompile(`(?i)^\s*(?:mba|degree|master(?:'s|’s|s)?|bachelor(?:'s|’s)?|ph\.?d|doctorate|studies|study|studying|students?|course(?:work|s)?|program(?:me)?s?\s+of\s+study|education|law\s+school|evening\s+(?:degree|course|classes))\b`)

// othersPartBefore is other people right before their part-time work.
var othersPartBefore = regexp.MustCompile(`(?i)\b(?:members|staff|employees|colleagues|people|teammates|parents)\s+(?:who\s+)?(?:already\s+|currently\s+)?(?:work\s+)?$`)
