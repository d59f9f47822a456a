package normalize

import "strings"

// A range whose two ends carry different currencies (table tests in
// pay_mixed_currency_range_test.go): "USD 80,000 - NGN 120,000 per year",
// "$4,000 - €3,500 a month" are two amounts in two currencies, not one pay
// range; scanMoney drops such a match (another amount of the text may
// still be the pay). A sign several currencies write is no second
// currency: "$25,000 - 30,000 MXN" (pesos), "¥200,000 - 300,000 CNY",
// "Rs 50,000 - 80,000 PKR" are one range each.

// sharedSigns are the signs and words several currencies write, with the
// codes each may stand for.
var sharedSigns = map[string]map[string]bool{
	"$":  dollarCodes,
	"¥":  {"JPY": true, "CNY": true},
	"rs": {"INR": true, "PKR": true}, "rs.": {"INR": true, "PKR": true},
	"rupee": {"INR": true, "PKR": true}, "rupees": {"INR": true, "PKR": true},
	"dollar": dollarCodes, "dollars": dollarCodes,
	"pound": {"GBP": true, "EGP": true}, "pounds": {"GBP": true, "EGP": true},
}

// dollarCodes are the currencies written with "$".
var dollarCodes = map[string]bool{"USD": true, "CAD": true, "AUD": true, "NZD": true, "SGD": true, "HKD": true, "TWD": true,
	"MXN": true, "COP": true, "CLP": true, "ARS": true}

// mixedRangeCurrencies reports a range match whose ends name different
// currencies: c1 and d1 are the markers before and after the first
// amount, c2 and d2 the second's. An end with no marker takes the other's.
func mixedRangeCurrencies(c1, d1, c2, d2 string) bool {
	a, b := endCurrency(c1, d1), endCurrency(c2, d2)
	if a == "" || b == "" || a == b {
		return false
	}
	ca, cb := currencies[a], currencies[b]
	if ca == "" || cb == "" || ca == cb {
		return false
	}
	if s := sharedSigns[a]; s != nil && s[cb] {
		return false // "$25,000 - 30,000 MXN"
	}
	if s := sharedSigns[b]; s != nil && s[ca] {
		return false // "MXN 25,000 - $30,000"
	}
	return true
}

// endCurrency is the lower-case marker of one end of a range: the marker
// after the amount when the one before is a shared sign ("$25,000 MXN"),
// else the one there is.
func endCurrency(before, after string) string {
	before = strings.ToLower(strings.TrimSpace(before))
	after = strings.ToLower(strings.TrimSpace(after))
	if before == "" || (sharedSigns[before] != nil && after != "" && currencies[after] != "") {
		return after
	}
	return before
}
