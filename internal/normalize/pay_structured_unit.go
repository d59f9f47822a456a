package normalize

import (
	"regexp"
	"strings"

	"github.com/gigscout/gigscout/internal/model"
)

// Structured pay carries its period as a code: schema.org's unitText is
// meant to be HOUR, DAY, WEEK, MONTH or YEAR, but boards write MONTHLY,
// HOURLY, YEARLY, ANNUAL, PER_YEAR or an ISO 8601 duration (P1Y, P1M,
// PT1H); ATS exports write "per-year-salary", "per-hour-wage". The crawler
// renders a unit it does not know after "per" ("EUR 45000-55000 per
// monthly", "USD 30-40 per per_hour"), which would read as a price "per"
// a thing. structuredUnitAfter reads those codes as the period.

// structuredUnit is such a period code after "per" (group 1).
var structuredUnit = regexp.MustCompile(`(?i)^\s*per[\s_-]+(?:per[\s_-]+)?(hourly|daily|weekly|monthly|yearly|annual|annually|p1y|p12m|p1m|p1w|p7d|p1d|pt1h|year-salary|month-salary|week-salary|day-wage|hour-wage|hour|day|week|month|year)\b`)

// structuredUnitAfter reads a period code after an amount: its unit, the
// length read, and whether there was one.
func structuredUnitAfter(after string) (model.PayUnit, int, bool) {
	if u, n, ok := schemaUnitAfter(after); ok {
		return u, n, true // "USD 1000 MONTH"
	}
	if u, n, ok := parenPeriodAfter(after); ok {
		return u, n, true // "EUR 3,000 (Monthly)" (pay_paren_period.go)
	}
	if len(after) < 4 || !strings.Contains(after[:min(len(after), 12)], "er") {
		return "", 0, false // no "per" near: most amounts
	}
	m := structuredUnit.FindStringSubmatchIndex(after)
	if m == nil {
		return "", 0, false
	}
	w := strings.ToLower(after[m[2]:m[3]])
	switch {
	case strings.HasPrefix(w, "hour"), w == "pt1h":
		return model.UnitHour, m[1], true
	case strings.HasPrefix(w, "da"), w == "p1d":
		return model.UnitDay, m[1], true
	case strings.HasPrefix(w, "week"), w == "p1w", w == "p7d":
		return model.UnitWeek, m[1], true
	case strings.HasPrefix(w, "month"), w == "p1m":
		return model.UnitMonth, m[1], true
	}
	return model.UnitYear, m[1], true
}

// schemaUnitAfter reads schema.org's unitText written as it is right after
// the amount, as flattened structured pay reads ("USD 1000 MONTH", "45000
// EUR YEAR", "350 GBP DAY"): the code in capitals, alone, with no
// letter or hyphen after it ("YEAR-END" is no period). Lower-case words
// need "per", "a" or "/" (unitAfter).
func schemaUnitAfter(after string) (model.PayUnit, int, bool) {
	i := 0
	for i < len(after) && after[i] == ' ' {
		i++
	}
	if i == len(after) {
		return "", 0, false
	}
	var u model.PayUnit
	var w string
	switch after[i] {
	case 'H':
		u, w = model.UnitHour, "HOUR"
	case 'D':
		u, w = model.UnitDay, "DAY"
	case 'W':
		u, w = model.UnitWeek, "WEEK"
	case 'M':
		u, w = model.UnitMonth, "MONTH"
	case 'Y':
		u, w = model.UnitYear, "YEAR"
	default:
		return "", 0, false
	}
	if !strings.HasPrefix(after[i:], w) {
		return "", 0, false
	}
	n := i + len(w)
	if n < len(after) && after[n] == 'S' {
		n++
	}
	if n < len(after) && (after[n] == '-' || isWordByte(after[n]) || after[n] >= 0x80) {
		return "", 0, false
	}
	return u, n, true
}
