package normalize

import (
	"regexp"
	"strings"

	"github.com/gigscout/gigscout/internal/model"
)

// A count of office days written before the office, the way workplace fields
// and short descriptions put it (table tests in remote_office_day_counts_test.go):
// "3 days work from office", "Office model: 4 days from office",
// "1 day work from office", "2 days from home, 3 days office". One to four
// days at the office a week is a hybrid role; five is on-site, and a count
// that names an office event ("a 2 day office party") is no schedule.

// dayCountOffice is one to four days (or a range of them), at most "a
// week" and "of work" after it, then the office.
var dayCountOffice = newKeyRegexp(`(?i)\b(?:[1-4]|one|two|three|four)(?:\s*(?:-|–|to|or)\s*(?:[2-4]|two|three|four))?\s*days?\s+(?:(?:a|per|each|every)\s+week\s+)?(?:of\s+)?(?:(?:work(?:ing)?|wfo)\s+)?(?:(?:from|at|in|into)\s+)?(?:the\s+|our\s+)?office\b(\s+\p{L}+)?`, 72, 24, "office")

// officeThenDays is the office first and then one to four days a week:
// "be in our London office 4 days a week".
var officeThenDays = newKeyRegexp(`(?i)\b(?:in|at|from|into|to)\s+(?:the|our)\s+(?:[\p{L}.'&-]+\s+){0,3}office\s+(?:for\s+)?(?:at\s+least\s+|a\s+minimum\s+of\s+|up\s+to\s+)?(?:[1-4]|one|two|three|four)\s+days?\s+(?:a|per|each|every)\s+week\b`, 64, 64, "office")

// officeEventWord is a noun after "office" that makes the count an event.
var officeEventWord = regexp.MustCompile(`(?i)^\s+(?:party|parties|event|events|closure|closures|move|moves|visit|visits|trip|trips|retreat|retreats|offsite|summit|training)$`)

// officeDayCount returns the byte range of a count of office days in s, or
// nil (the key scan finds "office" first).
func officeDayCount(s string) []int {
	for _, m := range dayCountOffice.FindAllStringSubmatchIndex(s, 4) {
		if m[2] >= 0 && officeEventWord.MatchString(s[m[2]:m[3]]) {
			continue
		}
		end := m[1]
		if m[2] >= 0 {
			end = m[2]
		}
		return []int{m[0], end}
	}
	return nil
}

// officeThenDaysAt returns the byte range of the office then one to four
// days a week, or nil.
func officeThenDaysAt(text string) []int { return officeThenDays.FindStringIndex(text) }

// dayCountBefore reports a count of office days that runs into the on-site
// wording at text[at:end] ("3 days work from office" read "work from office").
func dayCountBefore(text string, at, end int) bool {
	from := max(0, at-32)
	loc := officeDayCount(text[from:min(len(text), end+8)])
	return loc != nil && from+loc[0] < at && from+loc[1] >= end
}

// fieldDayCount reads a workplace field that counts office or home days as
// hybrid: "3 days work from Office", "2 days work from home, 3 days office".
func fieldDayCount(hint string) bool {
	return officeDayCount(hint) != nil || findHybridWeek(hint) != nil
}

// reviseOfficeDayCount turns an on-site reading of the text into hybrid when
// a count of one to four office days runs into the wording it was read from.
func reviseOfficeDayCount(text string, info RemoteInfo) RemoteInfo {
	if info.Remote != model.RemoteHybrid {
		if loc := officeThenDaysAt(text); loc != nil {
			info.Remote, info.Evidence = model.RemoteHybrid, "text: "+text[loc[0]:loc[1]] // "in our London office 4 days a week"
			return info
		}
	}
	ev, ok := strings.CutPrefix(info.Evidence, "text: ")
	if info.Remote != model.RemoteOnsite || !ok || ev == "" {
		return info
	}
	if at := strings.Index(text, ev); at >= 0 && dayCountBefore(text, at, at+len(ev)) {
		info.Remote = model.RemoteHybrid
	}
	return info
}
