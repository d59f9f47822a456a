package normalize

import "github.com/gigscout/gigscout/internal/model"

// tinyMonth reports an amount by the month in a strong currency that no
// month's work is paid: under 30 ("$9/month for two streaming seats",
// "€4 a month per user"). Such a sum is a price or a small perk, as
// tinyYear reads a year's amount under 1,000.
func tinyMonth(c payCandidate) bool {
	return c.unit == model.UnitMonth && c.max > 0 && c.max < 30 && strongCurrencies[c.currency]
}
