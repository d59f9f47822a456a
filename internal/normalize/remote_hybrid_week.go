package normalize

import "github.com/gigscout/gigscout/internal/model"

// Round 48g: work-mode shapes read from whole job ads.
//
// A list item that is a hybrid label with its day count ("- Hybrid: 3
// days at the Denver office, 2 from home") and a standing office
// attendance on named weekdays ("staff come to the Leeds office every
// Monday and Wednesday") both describe a hybrid week, even where an
// earlier "remote-first" line read the ad as remote.
var (
	// hybridDayCountItem is a line that opens (after any list mark) with the
	// word hybrid and a colon or dash, then a day count on the same line.
	hybridDayCountItem = newKeyRegexp(`(?im)^[ \t]*(?:[-*•·–+>][ \t]*)?(?:\*\*)?hybrid(?:\*\*)?[ \t]*(?::|[-–—])[ \t]*(?:\*\*)?[ \t]*(?:[1-4]|one|two|three|four)(?:[ \t]*(?:-|to)[ \t]*[1-4])?[ \t]+(?:days?|x)\b`, 8, 60, "hybrid")
	// weekdayOfficeAttendance is attendance at an office on two to four named
	// weekdays: "attend the Leeds office every Tuesday and Thursday",
	// "be in our office on Mondays, Wednesdays and Fridays".
	weekdayOfficeAttendance = newKeyRegexp(`(?i)\b(?:attend|attending|come (?:in)?to|coming (?:in)?to|be (?:in|at)|work (?:in|at|from)|working (?:in|at|from)|report (?:in)?to|commute (?:in)?to|go (?:in)?to|visit)\s+(?:the|our)\s+(?:[\p{L}.'&-]+\s+){0,3}offices?\s+(?:(?:every|each|on)\s+)?(?:mon|tues|wednes|thurs|fri)days?(?:\s*(?:,|and|&|or|,\s*and)\s*(?:mon|tues|wednes|thurs|fri)days?){1,3}\b`, 120, 80, "monday", "tuesday", "wednesday", "thursday", "friday")
	// fifthWeekday is a fifth weekday continuing the list: a whole
	// working week in the office is no hybrid schedule.
	fifthWeekday = lazyRe(`(?i)^\s*(?:,|and|&|or|,\s*and)\s*(?:mon|tues|wednes|thurs|fri)days?\b`)
)

// reviseHybridWeekModes turns a remote or unknown reading hybrid on a labeled
// hybrid list item with a day count, and a remote reading hybrid on office
// attendance named by two to four weekdays (its keys are the weekday
// names; texts without the word office never run it).
func reviseHybridWeekModes(text string, info RemoteInfo) RemoteInfo {
	if info.Remote != model.RemoteRemote && info.Remote != model.RemoteUnknown {
		return info
	}
	if hasFold(text, "hybrid") {
		if loc := hybridDayCountItem.FindStringIndex(text); loc != nil {
			info.Remote, info.Evidence = model.RemoteHybrid, "text: "+text[loc[0]:loc[1]]
			return info
		}
	}
	if info.Remote != model.RemoteRemote || !hasFold(text, "office") {
		return info // only a remote reading is revised by office days: weekday names are common in ads
	}
	if loc := weekdayOfficeAttendance.FindStringIndex(text); loc != nil && !fifthWeekday().MatchString(text[loc[1]:min(len(text), loc[1]+24)]) {
		info.Remote, info.Evidence = model.RemoteHybrid, "text: "+text[loc[0]:loc[1]]
	}
	return info
}
