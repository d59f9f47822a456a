package normalize

import (
	"regexp"
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
	weeklyHours = regexp.MustCompile(`(?i)(\d{2})(?:\.\d{1,2})?\s{0,3}(?:\(average\)\s{0,3})?(?:hours|hrs)\b\s{0,3}(?:(?:per|a|each|every)\s{1,3}(?:week|wk)\b|/\s{0,3}week|p/?w\b|weekly|,?\s{0,3}mon(?:day)?\s{0,3}(?:to|-|–)\s{0,3}fri(?:day)?)`)
	daySpan     = regexp.MustCompile(`(?i)(?:hours|shift|schedule)\b(?:\s{0,3}(?:are|is|:))?[^.\n\d]{0,30}?(\d{1,2})(?:[:.](\d\d))?\s{0,3}(?:a\.?m\.?)\s{0,3}(?:to|-|–|until)\s{0,3}(\d{1,2})(?:[:.](\d\d))?\s{0,3}(?:p\.?m\.?)`)
	// daySpanNotOwn are the hours of something else than the job's own
	// day: "office hours 9am-5pm", "opening hours", "support hours". The
	// label may be glued to the word before it ("OTEHours: Monday to
	// Friday"), so daySpan wants no word start.
	daySpanNotOwn = []string{"office ", "opening ", "business ", "support ", "customer ", "service ", "contact ", "call ", "visiting ",
		"store ", "shop ", "clinic ", "branch ", "phone ", "library ", "centre ", "center "}
)

// scheduleHoursType is full time for a week of 35 to 48 hours or a working
// day of 7 to 12 hours from morning to afternoon; unknown otherwise. The
// regexps run on short windows of text around each "hours" and each
// afternoon clock time, where every match lies, and allocate nothing when
// none matches.
func scheduleHoursType(text string) model.JobType {
	for _, key := range []string{"hours", "Hours", "HOURS", "hrs"} {
		for i := 0; ; {
			j := strings.Index(text[i:], key)
			if j < 0 {
				break
			}
			at := i + j
			i = at + len(key)
			w0 := max(0, at-24)
			w := text[w0:min(len(text), at+40)]
			m := weeklyHours.FindStringSubmatchIndex(w)
			if m == nil {
				if n := labelFirstWeekIn(w); n >= "35" && n <= "48" {
					return model.TypeFullTime // "Hours per week: 36" (type_part_contract_week_hiring_round.go)
				}
				continue
			}
			if s := w0 + m[2]; s > 0 && (text[s-1] >= '0' && text[s-1] <= '9' || text[s-1] == '.') {
				continue // "137.5 hours", "1.40 hours": not a week of 37 or 40
			}
			if n, _ := strconv.Atoi(w[m[2]:m[3]]); n >= 35 && n <= 48 {
				return model.TypeFullTime
			}
		}
	}
	for i := 1; i+1 < len(text); i++ {
		if !clockPMAt(text, i) {
			continue
		}
		w0 := max(0, i-90)
		w := text[w0:min(len(text), i+4)]
		m := daySpan.FindStringSubmatchIndex(w)
		if m == nil {
			continue
		}
		if !daySpanOwn(w[:m[0]]) {
			continue
		}
		start, end := clockMinutes(w, m[2], m[3], m[4], m[5], false), clockMinutes(w, m[6], m[7], m[8], m[9], true)
		if h := float64(end-start) / 60; h >= 7 && h <= 12 {
			return model.TypeFullTime
		}
	}
	return model.TypeUnknown
}

// daySpanOwn reports whether the text before a day span leaves it the
// job's own day, not office, opening or support hours.
func daySpanOwn(before string) bool {
	before = strings.ToLower(before[max(0, len(before)-10):])
	for _, w := range daySpanNotOwn {
		if strings.HasSuffix(before, w) {
			return false
		}
	}
	return true
}

// clockPMAt reports whether text[i:] starts "pm" or "p.m" (either case)
// just after a digit, or a digit and a space: an afternoon clock time.
func clockPMAt(text string, i int) bool {
	if c := text[i]; c != 'p' && c != 'P' {
		return false
	}
	if n := text[i+1]; n != 'm' && n != 'M' && n != '.' {
		return false
	}
	j := i - 1
	if text[j] == ' ' && j > 0 {
		j--
	}
	return text[j] >= '0' && text[j] <= '9'
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
