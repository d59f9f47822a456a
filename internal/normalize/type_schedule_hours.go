package normalize

import (
	"strconv"
	"strings"

	"github.com/gigscout/gigscout/internal/model"
)

// A full-time week stated only as hours (table tests in
// type_schedule_hours_test.go): "41 (average) hours Monday to Friday",
// "37.5 hours per week", or a working day from morning to evening, "Hours:
// Monday to Friday 8:45am to 5:30pm", "Hours are 9:00am-6:00pm". Without a
// type word these were unknown, and a day's span even read as a bounded
// effort of a few hours (a project). Read only when nothing else gave a
// type; shorter weeks stay unknown (an hourly rate with 10 hours a week is
// not a type).
var (
	weeklyHours = newKeyRegexp(`(?i)(?:^|[^0-9.])(\d{2})(?:\.\d+)?\s*(?:\(average\)\s*)?(?:hours|hrs)\b\s*(?:(?:per|a|each|every)\s+week|/\s*week|weekly|,?\s*mon(?:day)?\s*(?:to|-|–)\s*fri(?:day)?)`,
		20, 50, "hours", "hrs")
	daySpan = newKeyRegexp(`(?i)(?:hours|shift|schedule)\b(?:\s*(?:are|is|:))?[^.\n\d]{0,30}?(\d{1,2})(?:[:.](\d\d))?\s*(?:a\.?m\.?)\s*(?:to|-|–|until)\s*(\d{1,2})(?:[:.](\d\d))?\s*(?:p\.?m\.?)`,
		10, 80, "hours", "shift", "schedule")
	// daySpanNotOwn are the hours of something else than the job's own
	// day: "office hours 9am-5pm", "opening hours", "support hours". The
	// label may be glued to the word before it ("OTEHours: Monday to
	// Friday"), so daySpan wants no word start.
	daySpanNotOwn = []string{"office ", "opening ", "business ", "support ", "customer ", "contact ", "call ", "visiting "}
)

// scheduleHoursType is full time for a week of 35 to 48 hours or a working
// day of 7 to 12 hours from morning to afternoon; unknown otherwise.
func scheduleHoursType(text string) model.JobType {
	for _, m := range weeklyHours.FindAllStringSubmatchIndex(text, 4) {
		if n, _ := strconv.Atoi(text[m[2]:m[3]]); n >= 35 && n <= 48 {
			return model.TypeFullTime
		}
	}
	for _, m := range daySpan.FindAllStringSubmatchIndex(text, 4) {
		before := strings.ToLower(text[max(0, m[0]-10):m[0]])
		own := true
		for _, w := range daySpanNotOwn {
			own = own && !strings.HasSuffix(before, w)
		}
		if !own {
			continue
		}
		start, end := clockMinutes(text, m[2], m[3], m[4], m[5], false), clockMinutes(text, m[6], m[7], m[8], m[9], true)
		if h := float64(end-start) / 60; h >= 7 && h <= 12 {
			return model.TypeFullTime
		}
	}
	return model.TypeUnknown
}

// clockMinutes is the minutes after midnight of a clock time whose hour
// is text[h0:h1] and whose minutes are text[m0:m1] (m0 < 0: none); pm adds
// 12 hours to an hour below 12.
func clockMinutes(text string, h0, h1, m0, m1 int, pm bool) int {
	hour, _ := strconv.Atoi(text[h0:h1])
	if pm && hour < 12 {
		hour += 12
	}
	mins := 0
	if m0 >= 0 {
		mins, _ = strconv.Atoi(text[m0:m1])
	}
	return hour*60 + mins
}
