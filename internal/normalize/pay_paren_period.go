package normalize

import (
	"regexp"
	"strings"

	"github.com/gigscout/gigscout/internal/model"
)

// A period in brackets right after an amount, as boards and ATS exports
// print a pay field: "EUR 3,000 (Monthly)", "$60,000 - $80,000 (Annual)",
// "€2.500 (per month)", "$25 (hourly)" (table tests in
// pay_paren_period_test.go). unitAfter reads a period written after the
// amount but not one behind an opening bracket, so such a month's pay
// was read by its size (a lone "€3,000" as a project's price). Only the
// period word alone in the brackets is read: "(monthly average)" or
// "(annual bonus)" say something else about the figure.

// parenPeriod is the bracketed period (group 1: the word).
var parenPeriod = regexp.MustCompile(`(?i)^\s*\(\s*(?:(?:per|an?|each|every|/)\s*)?(hourly|daily|weekly|monthly|yearly|annually|annual|hour|day|week|month|year|annum|p\.\s?a\.?|p\.\s?m\.?)\s*\)`)

// parenPeriodAfter reads parenPeriod at the start of after: its unit,
// the length read, and whether there was one.
func parenPeriodAfter(after string) (model.PayUnit, int, bool) {
	i := skipSpaces(after, 0)
	if i >= len(after) || after[i] != '(' {
		return "", 0, false
	}
	m := parenPeriod.FindStringSubmatchIndex(after)
	if m == nil {
		return "", 0, false
	}
	var u model.PayUnit
	switch w := strings.ToLower(after[m[2]:m[3]]); {
	case w[0] == 'h':
		u = model.UnitHour
	case w[0] == 'd':
		u = model.UnitDay
	case w[0] == 'w':
		u = model.UnitWeek
	case w[0] == 'm', w[0] == 'p' && strings.Contains(w, "m"):
		u = model.UnitMonth // monthly, month, p.m.
	default:
		u = model.UnitYear // yearly, annual(ly), annum, year, p.a.
	}
	return u, m[1], true
}
