package normalize

import (
	"strings"

	"github.com/gigscout/gigscout/internal/model"
)

// tinyMonth reports an amount by the month in a strong currency that no
// month's work is paid: under 30 ("$9/month for two streaming seats",
// "€4 a month per user"). Such a sum is a price or a small perk, as
// tinyYear reads a year's amount under 1,000.
func tinyMonth(c payCandidate) bool {
	return c.unit == model.UnitMonth && c.max > 0 && c.max < 30 && strongCurrencies[c.currency]
}

// smallMonthlyStipend reports a monthly stipend under 100 in a strong
// currency right after the amount and its period ("$60 monthly stipend
// for your phone"): a perk beside the pay, not the pay; a stipend of a
// few hundred or more a month is an intern's or a fellow's pay and stays.
func smallMonthlyStipend(text string, c payCandidate) bool {
	if c.unit != model.UnitMonth || c.max >= 100 || !strongCurrencies[c.currency] || c.end >= len(text) {
		return false
	}
	after := strings.TrimLeft(text[c.end:min(len(text), c.end+24)], " ")
	return len(after) >= 7 && strings.EqualFold(after[:7], "stipend")
}
