package normalize

import (
	"regexp"
	"strings"

	"github.com/gigscout/gigscout/internal/model"
)

// reBarePay reads a pay field that states an amount with no currency:
// "30 per hour", "2000+ weekly", "45000-50000 per year", "70-80k pro rata",
// "Pay rate: 22.50/hr".
// The whole field must be the amount, its range and its period (plus
// "DOE"-style notes), so a field like "40 hours" is not pay; a field
// without a period is pay only in thousands from 15k ("65K-75K" a year)
// or as an amount to the cent from 5 to 100 ("18.50" an hour).
var reBarePay = regexp.MustCompile(`(?i)^\s*(?:(?:pay|pay rate|rate|hourly rate|wage|hourly wage|salary|compensation|stipend)\s*:\s*)?(?:up\s*to\s*)?(` + number + `)\s*(k)?\s*\+?\s*(?:(?:-|–|—|to)\s*(` + number + `)\s*(k)?\s*\+?)?\s*` +
	`(?:(?:/|per\b|an?\b|each\b)\s*(hours?|hrs?|h|days?|weeks?|wk|months?|mo|years?|yr|annum)\b|(hourly|daily|weekly|monthly|annually|yearly|annual|p\.?\s?a\.?|pro[- ]rata))?` +
	`\s*(?:\(?\s*(?:doe|dog|negotiable|neg|obo|gross|before tax|pre-?tax|base|plus benefits|\+\s*(?:bonus|benefits|super|equity|commission))\s*\)?\s*)*\.?\s*$`)

// centsAmount is an amount written to the cent: "18.50", "16.00".
var centsAmount = regexp.MustCompile(`^\d{1,3}\.\d{2}$`)

// barePay parses a currency-less pay field; the currency is left empty for
// the caller to fill from the listing's place.
func barePay(field, text string) *model.Pay {
	m := reBarePay.FindStringSubmatchIndex(text)
	if m == nil {
		return nil
	}
	g := func(i int) string {
		if m[2*i] < 0 {
			return ""
		}
		return text[m[2*i]:m[2*i+1]]
	}
	lo, _ := parseAmount(g(1), g(2))
	hi := lo
	if g(3) != "" {
		hi, _ = parseAmount(g(3), g(4))
		if g(2) == "" && g(4) != "" {
			if raw, _ := parseAmount(g(1), ""); raw*1000 <= hi {
				lo = raw * 1000 // "70-80k": the k applies to both
			}
		}
	}
	if lo > hi {
		lo, hi = hi, lo
	}
	if hi <= 0 {
		return nil
	}
	w := g(5) + g(6)
	unit := unitWord(w)
	if strings.HasPrefix(strings.ToLower(w), "pro") {
		unit = model.UnitYear
	}
	if unit == "" && lo >= 15000 && hi <= 2e6 {
		// "65K-75K" or a plain "30000 - 35000" in a salary field: yearly.
		// (The anonymous-employer rule reads a pay field holding a number
		// as stated pay whether or not it is parsed, so reading it changes
		// no scam flag: cmd/evalflags TestAnonIndependentOfBarePay.)
		unit = model.UnitYear
	}
	if unit == "" && lo >= 5 && hi <= 100 && centsAmount.MatchString(g(1)) && (g(3) == "" || centsAmount.MatchString(g(3))) {
		// "18.50" or "16.00 - 18.00" alone in a pay field: a wage quoted
		// to the cent at that size is an hourly rate; salaries, fees and
		// monthly or weekly pay are not written so.
		unit = model.UnitHour
	}
	if unit == "" {
		return nil
	}
	end := trimEnd(text, m[2], m[1])
	return &model.Pay{Min: lo, Max: hi, Unit: unit, Source: model.FromText,
		Evidence: &model.Span{Field: field, Start: m[2], End: end, Text: text[m[2]:end]}}
}

// placeCurrency is the currency of the country a listing is in, for pay
// stated without one; USD when the place says nothing.
func placeCurrency(regions []string) string {
	for _, r := range regions {
		switch r {
		case "GB":
			return "GBP"
		case "IN":
			return "INR"
		case "CA":
			return "CAD"
		case "AU":
			return "AUD"
		case "NZ":
			return "NZD"
		case "SG":
			return "SGD"
		case "CH":
			return "CHF"
		case "EU", "DE", "FR", "ES", "PT", "IT", "NL", "IE", "AT", "BE", "FI", "GR", "LU", "SK", "SI", "EE", "LV", "LT", "HR", "CY", "MT":
			return "EUR"
		}
	}
	return "USD"
}
