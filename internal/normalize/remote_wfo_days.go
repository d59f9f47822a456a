package normalize

import (
	"regexp"
	"strings"
)

// wfoFewDays is a count of one to four days right before "WFO" (work from
// office): "2 days WFO", "3 hari WFO", "1-2 days WFO": the office for some
// days of the week is a hybrid week, where "WFO" alone is on-site
// (amReadText, remote_asian_mideast_phrases.go). Five days, "5 days WFO",
// is the working week and stays on-site.
var wfoFewDays = regexp.MustCompile(`(?i)(?:^|[^\p{L}\p{N}])[1-4](?:\s*[-–]\s*[2-4])?\s*(?:days?|hari|d)\s*(?:(?:a|per)\s+week\s*|/\s*week\s*|se\s*minggu\s*)?[:(-]?\s*$`)

// wfoFewDaysBefore reports such a count ending before a "WFO" at the end
// of before.
func wfoFewDaysBefore(ev, before string) bool {
	return wfoFewDaysStart(ev, before) >= 0
}

// wfoFewDaysStart is where the count starts in before, or -1 when ev is
// no "WFO" or no count of one to four days ends before it.
func wfoFewDaysStart(ev, before string) int {
	if len(ev) != 3 || (ev[0]|0x20) != 'w' || (ev[2]|0x20) != 'o' {
		return -1
	}
	if loc := wfoFewDays.FindStringIndex(before); loc != nil {
		return loc[0]
	}
	return -1
}

// wfoHybridAt reads the English body's "WFO" at loc as hybrid when a few
// days come before it; the evidence runs from the count.
func wfoHybridAt(text string, loc []int) (string, bool) {
	from := max(0, loc[0]-24)
	i := wfoFewDaysStart(text[loc[0]:loc[1]], text[from:loc[0]])
	if i < 0 {
		return "", false
	}
	return strings.TrimSpace(text[from+i : loc[1]]), true
}
