package normalize

import (
	"strings"

	"github.com/gigscout/gigscout/internal/model"
)

// A home-working schedule written as weekdays (table tests in
// remote_home_weekdays_test.go): "work from home on Fridays", "WFH
// Fridays", "remote Mondays and Fridays", "Fridays from home", "the whole
// team works from home on Fridays". One to four
// weekdays at home a week, the rest in the office, is a hybrid role; it is
// read where nothing else decided the mode ("Our office is in Dallas; work
// from home on Fridays"). A role stated on-site keeps its mode, the day at
// home a perk ("In-office role; you may work from home on Mondays"). Five
// days at home ("work from home Monday to Friday") is no schedule of this
// kind.

// homeWeekdays finds the weekdays of home working: the home word first and
// the days right after it ("on", "every" or "each" between, or a "days:"
// label: "Remote days: Monday and Friday"), or the days first and the home
// word right after them.
var homeWeekdays = newWordKeyRegexp(`(?i)\b(?:(?:work(?:s|ing)?[\s-]+(?:from|at)[\s-]+home|wfh|remote(?:ly)?|home[- ]?office|telework(?:ing)?)\s+((?:on|every|each)\s+|days?\s*:\s*)?(`+weekdayListRe+`)|(`+weekdayListRe+`)\s+(?:(?:working\s+|work\s+)?(?:from|at)\s+home|wfh|remote(?:ly)?|(?:in\s+)?home[- ]?office))\b`,
	60, 60, "tue", "wed", "thu", "monday", "friday")

// homeDayWords are the words one of which every match of homeWeekdays holds.
var homeDayWords = []string{"home", "wfh", "remote", "telework"}

// homeWeekdaysHybrid returns the byte range of a home-working weekday
// schedule of one to four days in text, or nil. Days right after the home
// word count when "on", "every" or "each" leads them, the last is plural
// ("remote Fridays") or they are a range ("work from home Tuesday through
// Thursday"): "remote Tuesday workshop" names an event.
func homeWeekdaysHybrid(text string) []int {
	// Weekdays are common (a check-in every Thursday, a deadline by
	// Friday) and the expression is large: it runs only when a window
	// around a weekday holds a home word, which every match does.
	var buf [8][2]int
	held := false
	for _, w := range homeWeekdays.appendWindows(buf[:0], text) {
		if containsAnyFold(text[w[0]:w[1]], homeDayWords) {
			held = true
			break
		}
	}
	if !held {
		return nil
	}
	for _, m := range homeWeekdays.FindAllStringSubmatchIndex(text, 4) {
		list := ""
		if m[4] >= 0 {
			list = text[m[4]:m[5]]
			if m[2] < 0 && !strings.HasSuffix(strings.ToLower(strings.TrimRight(list, ".")), "s") && !weekdayRange(list) {
				continue
			}
		} else if m[6] >= 0 {
			list = text[m[6]:m[7]]
		}
		if fewWeekdays(text, m, list) { // remote_office_weekdays.go
			return m[:2]
		}
	}
	return nil
}

// reviseHomeWeekdays makes info hybrid for a home-working weekday schedule
// when nothing else decided the mode, or when its remote evidence is the
// schedule's own home word ("We work from home every Wednesday" read as
// remote by the body readers); a role whose remote evidence lies elsewhere
// ("fully remote") stays remote.
func reviseHomeWeekdays(text string, info RemoteInfo) RemoteInfo {
	if info.Remote == model.RemoteHybrid || info.Remote == model.RemoteOnsite {
		return info // "In-office role; you may work from home on Mondays" is a perk of an on-site role
	}
	loc := homeWeekdaysHybrid(text)
	if loc == nil {
		return info
	}
	sched := text[loc[0]:loc[1]]
	if info.Remote == model.RemoteRemote {
		ev, ok := strings.CutPrefix(info.Evidence, "text: ")
		if !ok || ev == "" || !strings.Contains(sched, ev) {
			return info
		}
	}
	info.Remote, info.Evidence = model.RemoteHybrid, "text: "+sched
	return info
}

// weekdayRange reports a weekday list that is a range: "Tuesday through
// Thursday", "Tue-Thu", "Monday to Wednesday".
func weekdayRange(list string) bool {
	return strings.ContainsAny(list, "-–") || containsAnyFold(list, []string{" to ", " through ", " thru "})
}
