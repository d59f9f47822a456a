package normalize

import "github.com/gigscout/gigscout/internal/model"

// tinyGuessedHour (pay_tiny_guessed_hour.go) drops a guessed hourly rate
// under 3 in a strong currency in running text. In currencies where an
// hour's wage is tens or thousands of units (rupees, yen, won, pesos ...),
// a guessed hour under 10 is no wage in any field: "₹1 - 2" or "¥5" read
// by their size as an hourly rate are stray figures (or lakhs written
// without the word), not pay. A stated period keeps the amount ("₹8 per
// hour" is read as written; a score of 3 or more marks a stated period).
var tinyLocalHourCurrencies = map[string]bool{"INR": true, "PKR": true, "BDT": true, "NPR": true, "LKR": true, "JPY": true, "KRW": true, "IDR": true, "VND": true, "PHP": true, "NGN": true, "KES": true, "HUF": true, "CLP": true, "COP": true, "ARS": true, "UZS": true, "KZT": true, "RUB": true, "UAH": true}

func tinyLocalGuessedHour(c payCandidate) bool {
	return c.score < 3 && c.unit == model.UnitHour && c.max > 0 && c.max < 10 && tinyLocalHourCurrencies[c.currency]
}
