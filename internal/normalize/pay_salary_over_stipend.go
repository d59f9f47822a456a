package normalize

import (
	"regexp"
	"strings"

	"github.com/gigscout/gigscout/internal/model"
)

// A listing may name a one-off stipend (for books, a laptop, the first
// weeks) beside the salary itself: "a $1,000 stipend for books; base
// salary: $95,000". The stipend word gives its amount a strong cue, so
// without a rule the stipend would be taken as the pay whichever comes
// first. stipendBesideSalary lets the salary win instead.

// baseLabelBefore is a bare "Base:" or "Base pay:" label right before an
// amount (salaryNounBefore covers "base salary:" and the salary nouns).
var baseLabelBefore = regexp.MustCompile(`(?i)\bbase(?:\s+pay)?\s*:\s*$`)

// stipendBesideSalary reports that stip is an amount read as a one-off
// stipend (the word "stipend" right before, after or in its span) and sal an amount
// of the same currency, read for an hour, day, week, month or year, led by
// a salary noun or a base label: sal is the pay and stip an extra. A
// stipend by the week or month counts as an extra too when a year of it is
// under a quarter of a yearly salary ("a $500 monthly stipend for your home
// office; the salary range is $150,000 - $170,000"), and then a yearly
// range needs no salary noun before it.
func stipendBesideSalary(text string, stip, sal *payCandidate) bool {
	if stip == nil || sal == nil || sal.currency != stip.currency || !perkStipendUnit(stip, sal) {
		return false
	}
	switch sal.unit {
	case model.UnitHour, model.UnitDay, model.UnitWeek, model.UnitMonth, model.UnitYear:
	default:
		return false
	}
	near := text[max(0, stip.start-24):min(len(text), stip.end+12)] // the span may end with the word
	if !containsFold(near, "stipend") {
		return false
	}
	before := text[max(0, sal.start-40):sal.start]
	if salaryNounBefore.MatchString(before) || baseLabelBefore.MatchString(before) {
		return true
	}
	// A weekly or monthly perk beside a yearly range needs no label: the
	// range is the salary ("$500 monthly stipend; $150,000 - $170,000").
	return stip.unit != model.UnitProject && sal.ranged && sal.unit == model.UnitYear || stipendAddedToBand(text, stip, sal)
}

// stipendAddedToBand reports a one-off stipend joined by "+" or "plus"
// right after a yearly band ("$60,000-$90,000 + Doctoral Stipend $2,000"):
// the band is the salary and the stipend an extra on top of it.
func stipendAddedToBand(text string, stip, sal *payCandidate) bool {
	if stip.unit != model.UnitProject || !sal.ranged || sal.unit != model.UnitYear || stip.start <= sal.end || stip.start-sal.end > 40 {
		return false
	}
	between := text[sal.end:stip.start]
	if strings.ContainsAny(between, ".;\n|") {
		return false
	}
	between = between[skipSpaces(between, 0):]
	return strings.HasPrefix(between, "+") || hasPrefixFold(between, "plus ")
}

// outscores (bestPay's loop) reports that c replaces best by score: a
// higher score wins, except that a stipend never displaces a salary
// beside it, and a salary always displaces a stipend beside it.
func outscores(text string, best, c *payCandidate) bool {
	if stipendBesideSalary(text, best, c) {
		return true
	}
	return c.score > best.score && !stipendBesideSalary(text, c, best)
}

// perkStipendUnit reports that stip's period lets it be an extra beside
// sal: a one-off sum, or a weekly or monthly sum worth under a quarter of
// a yearly salary.
func perkStipendUnit(stip, sal *payCandidate) bool {
	var perYear float64
	switch stip.unit {
	case model.UnitProject:
		return true
	case model.UnitWeek:
		perYear = 52
	case model.UnitMonth:
		perYear = 12
	default:
		return false
	}
	return sal.unit == model.UnitYear && stip.max*perYear*4 < sal.min
}
