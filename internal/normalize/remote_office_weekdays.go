package normalize

import (
	"regexp"
	"strings"
)

// An office schedule written as weekdays (table tests in
// remote_office_weekdays_test.go): "in the office Tuesday, Wednesday and
// Thursday", "Tue-Thu in office", "office days: Monday and Wednesday",
// "from our Leeds office on Tuesdays and Thursdays". One to four weekdays
// in the office a week is a hybrid role; "Monday to Friday" in the office
// is not (five days is on-site, and opening hours name the whole week).

// weekdayRe is one weekday, full, short or plural.
const weekdayRe = `(?:mon(?:day)?s?|tue(?:s|sday)?s?|wed(?:s|nesday)?s?|thu(?:r|rs|rsday)?s?|fri(?:day)?s?)\.?`

// weekdayListRe is weekdays joined by commas, slashes, "and", "or" or a range.
const weekdayListRe = weekdayRe + `(?:\s*(?:,|/|&|-|–|\band\b|\bor\b|\bto\b|\bthrough\b|\bthru\b)\s*(?:and\s+)?` + weekdayRe + `){0,4}`

// officeWeekdays finds an office schedule of weekdays: the office first and
// the days at most 40 characters after it in the same sentence, or the days
// first and the office right after them.
var officeWeekdays = newWordKeyRegexp(`(?i)\b(?:(?:(?:in|at|from|into) (?:the |our )?(?:[\p{L}]+ ){0,2}office|in[- ]office|on[- ]?site|onsite|in[- ]person|office days?|anchor days?)\b[^.;!?\n]{0,40}?\b(`+weekdayListRe+`)|`+
	`(`+weekdayListRe+`)\s+(?:(?:in|at) (?:the |our )?(?:[\p{L}]+ ){0,2}office|in[- ]office|on[- ]?site|onsite|in[- ]person))\b`,
	80, 80, "tue", "wed", "thu", "monday", "friday")

// officeWeekdaysMore is officeWeekdays for other workplaces and for days
// named as office days, kept apart so that officeWeekdays stays small:
// "together in the studio on Tuesdays and Thursdays", "from our Lisbon
// hub on Tuesdays and Wednesdays", "Tuesdays and Thursdays are team days
// at our Amsterdam HQ". Its groups are officeWeekdays' (the list after the
// place, or before the days word).
var officeWeekdaysMore = newKeyRegexp(`(?i)\b(?:(?:in|at|from|into) (?:the |our )?(?:[\p{L}]+ ){0,2}(?:studio|hub|hq|headquarters)\b[^.;!?\n]{0,40}?\b(`+weekdayListRe+`)|(`+weekdayListRe+`) are (?:our )?(?:team|office|in-office|anchor|collaboration|on-site|onsite|studio) days)\b`,
	80, 80, "studio", "hub", " hq", "headquarters", "team days", "office days", "anchor days", "collaboration days", "site days", "studio days")

// officeHoursNear is wording near a weekday list (30 bytes before it, 40
// after) that makes it opening hours, an interview or a delivery rather
// than a work schedule.
var officeHoursNear = regexp.MustCompile(`(?i)\b(?:hours|open|opening|closed|interviews?|appointments?|deliver(?:y|ies))\b`)

// weekdayIndex maps a weekday word's first three letters to its place in
// the working week.
var weekdayIndex = map[string]int{"mon": 0, "tue": 1, "wed": 2, "thu": 3, "fri": 4}

// officeWeekdaysHybrid returns the byte range of a hybrid weekday schedule
// in text, or nil.
func officeWeekdaysHybrid(text string) []int {
	for _, m := range append(officeWeekdays.FindAllStringSubmatchIndex(text, 4), officeWeekdaysMore.FindAllStringSubmatchIndex(text, 4)...) {
		list := ""
		if m[2] >= 0 {
			list = text[m[2]:m[3]]
		} else if m[4] >= 0 {
			list = text[m[4]:m[5]]
		}
		if fewWeekdays(text, m, list) {
			return m[:2]
		}
	}
	return nil
}

// fewWeekdays reports that list, the weekdays of match m in text, is a
// work schedule of one to four days: there are days, and no opening hours,
// interview or delivery is named near the match (officeHoursNear).
func fewWeekdays(text string, m []int, list string) bool {
	if list == "" || officeHoursNear.MatchString(text[max(0, m[0]-30):min(len(text), m[1]+40)]) {
		return false
	}
	n := countWeekdays(list)
	return n >= 1 && n <= 4
}

// countWeekdays counts the working days a weekday list covers, a range
// ("Tue-Thu", "Monday to Thursday") counting every day in it.
func countWeekdays(list string) int {
	low := strings.ToLower(list)
	var days [5]bool
	prev, rangeNext := -1, false
	for i := 0; i < len(low); {
		c := low[i]
		if c < 'a' || c > 'z' {
			if c == '-' || c == 0xe2 { // "-" or the first byte of "–"
				rangeNext = prev >= 0
			}
			i++
			continue
		}
		j := i
		for j < len(low) && low[j] >= 'a' && low[j] <= 'z' {
			j++
		}
		w := low[i:j]
		i = j
		switch w {
		case "to", "through", "thru":
			rangeNext = prev >= 0
			continue
		case "and", "or":
			continue
		}
		if len(w) < 3 {
			continue
		}
		d, ok := weekdayIndex[w[:3]]
		if !ok {
			continue
		}
		if rangeNext && d > prev {
			for k := prev; k <= d; k++ {
				days[k] = true
			}
		}
		days[d] = true
		prev, rangeNext = d, false
	}
	n := 0
	for _, b := range days {
		if b {
			n++
		}
	}
	return n
}
