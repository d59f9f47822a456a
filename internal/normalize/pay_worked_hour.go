package normalize

import (
	"regexp"
	"strings"

	"github.com/gigscout/gigscout/internal/model"
)

// workedHour is a period after an amount that names the hour or day as
// time worked, with one or two words between "per" and the period: "per
// working hour", "per billable hour", "per paid task-hour", "per man-hour",
// "per contact hour", "per working day". An hour of output ("per recorded
// audio hour", "per finished video hour") is not time worked and stays
// unread, as do "per task" and "per hour" (read elsewhere).
var workedHour = regexp.MustCompile(`(?i)^\s*(?:per|an?|each|for\s+each)\s+(?:(?:paid|working|work|worked|billable|billed|labou?r|productive|logged|active|task|man|person|contract(?:ed)?|consulting|contact|teaching|instructional|tutoring|coaching|service)[\s-]+){1,2}(hours?|hrs?|days?)\b`)

// workedHourAfter reads workedHour at the start of after: the unit (an
// hour or a day) and the length read.
func workedHourAfter(after string) (model.PayUnit, int, bool) {
	t := strings.TrimLeft(after, " \t")
	if len(t) < 8 || !strings.ContainsRune("pPaAeEfF", rune(t[0])) {
		return "", 0, false // a cheap gate: the period starts with "per", "a", "each" or "for"
	}
	m := workedHour.FindStringSubmatchIndex(after)
	if m == nil {
		return "", 0, false
	}
	if w := strings.ToLower(after[m[2]:m[3]]); strings.HasPrefix(w, "day") {
		return model.UnitDay, m[1], true
	}
	return model.UnitHour, m[1], true
}
