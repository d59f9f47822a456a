package normalize

import "github.com/gigscout/gigscout/internal/model"

// tinyGuessedHour reports an amount in running text, in a strong currency,
// under 3 whose hour came from its size alone (no period after it, no
// period word before it): "Pay: $2" or "Salary: €1.50" is no wage, more
// likely a price or a stray figure. A stated period keeps a small amount
// ("$2.50 per hour"), and so does a field that only holds pay.
func tinyGuessedHour(c payCandidate, lenient bool) bool {
	return !lenient && c.score < 3 && c.unit == model.UnitHour && c.max > 0 && c.max < 3 && strongCurrencies[c.currency]
}
