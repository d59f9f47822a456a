package normalize

import "github.com/gigscout/gigscout/internal/model"

// Structured pay fields are filled by people and by exports, and some hold
// figures no reading makes a rate of pay: a range whose bottom is an hourly
// rate and whose top a year's salary ("USD 16.9 - 39520", two fields of a
// form joined), or a placeholder "$1 - $1". Read as they stand they give a
// year from $16.90 or a dollar an hour. Both are refused in the strong
// currencies, where their sizes are known.

// incoherentPay reports such a candidate: a range whose top is more than a
// hundred times its bottom, or a written range of hourly amounts under two
// whose hour was guessed from its size (score below 3: no period word
// stated it; "$0.50 per hour" is read as written, and a lone "$0.10 per
// word" stays the rate it is).
func incoherentPay(c payCandidate) bool {
	if !strongCurrencies[c.currency] {
		return false
	}
	if c.ranged && c.min > 0 && c.max > 100*c.min {
		return true
	}
	return c.ranged && c.unit == model.UnitHour && c.score < 3 && c.max > 0 && c.max < 2
}
