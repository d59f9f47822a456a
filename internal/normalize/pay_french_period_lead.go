package normalize

import (
	"regexp"
	"strings"

	"github.com/gigscout/gigscout/internal/model"
)

// French public-agency pay lines open with the period and "de" before the
// amount, the currency written out after it: "Mensuel de 1 900 Euros sur
// 12 mois", "Annuel de 38 000 à 42 000 Euros", "Horaire de 12,10 Euros".
// The period word must open the line (or follow a label's colon): "prime
// annuelle de 500 €" is a bonus, and "Bonus annuel de 2 000 €" keeps its
// perk word (worldPayLabel reads those). Table tests in
// pay_french_period_lead_test.go.

// frenchPeriodLeadRe is the opening period word, "de", and for a range
// the start amount with "à" (the amount read ends right after it).
var frenchPeriodLeadRe = regexp.MustCompile(`(?i)(?:^|[\n:|])\s*(annuel|mensuel|hebdomadaire|horaire|journalier)\s+de\s+(?:\d[\d .,\x{a0}\x{202f}]{0,14}(?:€|euros?)?\s*(?:à|a)\s*)?$`)

// frenchPeriodLead reads the period of such a line from before (the text
// right before an amount); ok false when before is no such opening.
func frenchPeriodLead(before string) (model.PayUnit, bool) {
	if len(before) > 60 {
		before = before[len(before)-60:]
	}
	if !strings.Contains(before, "de ") && !strings.Contains(before, "DE ") {
		return "", false
	}
	m := frenchPeriodLeadRe.FindStringSubmatch(before)
	if m == nil {
		return "", false
	}
	switch strings.ToLower(m[1])[0] {
	case 'a':
		return model.UnitYear, true
	case 'm':
		return model.UnitMonth, true
	case 'h':
		if strings.EqualFold(m[1], "horaire") {
			return model.UnitHour, true
		}
		return model.UnitWeek, true
	}
	return model.UnitDay, true
}

// frenchPeriodLeads reports such an opening before an amount: a
// four-digit amount after it is pay, not a year ("Mensuel de 2150 €").
func frenchPeriodLeads(before string) bool {
	_, ok := frenchPeriodLead(before)
	return ok
}

// widensBest reports whether c, a later candidate of bestPay, is the
// range whose start is the best one so far: "38 000 Euros à 44 000
// Euros" read first as "38 000 Euros" and then, from its second end, as
// the whole range (worldRangeStart, tried here only on an amount that
// follows the best one within a few bytes). The range replaces the start
// alone.
func widensBest(text string, best, c *payCandidate) bool {
	if best.ranged || c.currency != best.currency || c.score < best.score {
		return false
	}
	if !c.ranged && c.start > best.end && c.start-best.end <= 6 {
		worldRangeStart(text, c)
	}
	return c.ranged && c.start <= best.start
}
