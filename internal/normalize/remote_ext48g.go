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
	// ext48gHybridItem is a line that opens (after any list mark) with the
	// word hybrid and a colon or dash, then a day count on the same line.
	ext48gHybridItem = newKeyRegexp(`(?im)^[ \t]*(?:[-*•·–+>][ \t]*)?(?:\*\*)?hybrid(?:\*\*)?[ \t]*(?::|[-–—])[ \t]*(?:\*\*)?[ \t]*(?:[1-4]|one|two|three|four)(?:[ \t]*(?:-|to)[ \t]*[1-4])?[ \t]+(?:days?|x)\b`, 8, 60, "hybrid")
	// ext48gWeekdayOffice is attendance at an office on two to four named
	// weekdays: "attend the Leeds office every Tuesday and Thursday",
	// "be in our office on Mondays, Wednesdays and Fridays".
	ext48gWeekdayOffice = newKeyRegexp(`(?i)\b(?:attend|attending|come (?:in)?to|coming (?:in)?to|be (?:in|at)|work (?:in|at|from)|working (?:in|at|from)|report (?:in)?to|commute (?:in)?to|go (?:in)?to|visit)\s+(?:the|our)\s+(?:[\p{L}.'&-]+\s+){0,3}(?:office|offices|hq|headquarters|studio|hub)\s+(?:(?:every|each|on)\s+)?(?:mon|tues|wednes|thurs|fri)days?(?:\s*(?:,|and|&|or|,\s*and)\s*(?:mon|tues|wednes|thurs|fri)days?){1,3}\b`, 120, 80, "office", "headquarters", "studio", "hub")
)

// ext48gWeekdays are the weekday names the attendance reader needs.
var ext48gWeekdays = [...]string{"monday", "tuesday", "wednesday", "thursday", "friday"}

// reviseExt48gModes turns a remote or unknown reading hybrid on a labeled
// hybrid list item with a day count, or on office attendance named by
// two to four weekdays.
func reviseExt48gModes(text string, info RemoteInfo) RemoteInfo {
	if info.Remote != model.RemoteRemote && info.Remote != model.RemoteUnknown {
		return info
	}
	if hasFold(text, "hybrid") {
		if loc := ext48gHybridItem.FindStringIndex(text); loc != nil {
			info.Remote, info.Evidence = model.RemoteHybrid, "text: "+text[loc[0]:loc[1]]
			return info
		}
	}
	if !hasFold(text, "office") && !hasFold(text, "headquarters") && !hasFold(text, "hq") && !hasFold(text, "studio") && !hasFold(text, "hub") {
		return info
	}
	named := 0
	for _, d := range ext48gWeekdays {
		if containsFold(text, d) {
			named++
		}
	}
	if named < 2 || named > 4 {
		return info
	}
	if loc := ext48gWeekdayOffice.FindStringIndex(text); loc != nil {
		info.Remote, info.Evidence = model.RemoteHybrid, "text: "+text[loc[0]:loc[1]]
	}
	return info
}
