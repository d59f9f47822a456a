package normalize

import (
	"regexp"
	"strconv"
	"strings"
	"time"
)

const (
	monthName = `jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?`
	dayNum    = `(?:[012]?\d|3[01])(?:st|nd|rd|th)?`
)

var (
	// deadlineCue introduces a deadline: "apply by", "due by", "deadline:".
	deadlineCue = newCueRegexp(`(?i)\b(?:apply (?:by|before|no later than|until)|applications? (?:are )?(?:due|close[sd]?|closing|deadline|accepted until|open until)(?: on| by)?|(?:application |submission )?deadline(?: to apply)?(?: is)?|due(?: by| on| date)?|submit (?:\w+ ){0,3}(?:by|before)|closing date(?: is)?|closes(?: on)?|no later than|open until|accepting applications until|apply until|(?:must be )?(?:completed|delivered|finished) by|ends? (?:on|by)|expires?(?: on)?)\b[:\s]*(?:is\s+|was\s+)?(?:on\s+|by\s+|the\s+)?(?:\w+day,?\s+)?`)
	// dates after a cue: "June 30", "30 June", "Jun. 30th, 2026", "2026-06-30", "6/30", "6/30/2026".
	reDateMD  = regexp.MustCompile(`(?i)^(` + monthName + `)\.?\s+(` + dayNum + `)\b(?:,?\s+(\d{4})\b)?`)
	reDateDM  = regexp.MustCompile(`(?i)^(` + dayNum + `)(?:\s+of)?\s+(` + monthName + `)\b\.?(?:,?\s+(\d{4})\b)?`)
	reDateISO = regexp.MustCompile(`^(\d{4})-(\d{1,2})-(\d{1,2})\b`)
	reDateUS  = regexp.MustCompile(`^(\d{1,2})/(\d{1,2})(?:/(\d{4}|\d{2}))?\b`)
)

// ParseDeadline finds a deadline ("apply by June 30", "due by 30 June 2026",
// "Deadline: 2026-07-15", "applications close 7/15") in text. A date without
// a year is the next occurrence on or after now's date. It returns nil when
// no deadline is stated or the date is not a real one. The time is the end
// of that day, UTC.
func ParseDeadline(text string, now time.Time) *time.Time {
	if now.IsZero() {
		now = time.Now()
	}
	now = now.UTC()
	for _, loc := range deadlineCue.FindAllStringIndex(text, -1) {
		if t, ok := parseDateAt(text[loc[1]:], now); ok {
			return &t
		}
	}
	return nil
}

// parseDateAt reads a date at the start of s.
func parseDateAt(s string, now time.Time) (time.Time, bool) {
	var y, mo, d int
	var yearGiven bool
	month, num := datesAt(s) // deadline_date_start.go
	if m := dateMatch(month, reDateMD, s); m != nil {
		mo, d, y, yearGiven = monthNum(m[1]), atoi(m[2]), atoi(m[3]), m[3] != ""
	} else if m := dateMatch(num, reDateDM, s); m != nil {
		d, mo, y, yearGiven = atoi(m[1]), monthNum(m[2]), atoi(m[3]), m[3] != ""
	} else if m := dateMatch(num, reDateISO, s); m != nil {
		y, mo, d, yearGiven = atoi(m[1]), atoi(m[2]), atoi(m[3]), true
	} else if m := dateMatch(num, reDateUS, s); m != nil {
		mo, d, y, yearGiven = atoi(m[1]), atoi(m[2]), atoi(m[3]), m[3] != ""
		if yearGiven && y < 100 {
			y += 2000
		}
	} else {
		return time.Time{}, false
	}
	if !yearGiven {
		y = now.Year()
	}
	t, ok := makeDate(y, mo, d)
	if !ok {
		return time.Time{}, false
	}
	if !yearGiven && t.Before(now.Truncate(24*time.Hour)) {
		if t, ok = makeDate(y+1, mo, d); !ok {
			return time.Time{}, false
		}
	}
	return t, true
}

// makeDate returns the end of the day y-mo-d in UTC, rejecting dates that do
// not exist (February 30) and years far from today's.
func makeDate(y, mo, d int) (time.Time, bool) {
	if y < 1990 || y > 2200 || mo < 1 || mo > 12 || d < 1 || d > 31 {
		return time.Time{}, false
	}
	t := time.Date(y, time.Month(mo), d, 23, 59, 59, 0, time.UTC)
	if t.Day() != d {
		return time.Time{}, false
	}
	return t, true
}

func monthNum(s string) int {
	s = strings.ToLower(s)
	for i, p := range []string{"jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"} {
		if strings.HasPrefix(s, p) {
			return i + 1
		}
	}
	return 0
}

func atoi(s string) int {
	s = strings.TrimRight(strings.ToLower(s), "stndrh")
	n, err := strconv.Atoi(s)
	if err != nil {
		return 0
	}
	return n
}
