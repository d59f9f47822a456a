package normalize

// Amounts in millions (table tests in pay_million_amounts_test.go). Our
// rule is that a million is never pay, except in a currency where a
// month's or a year's pay runs to millions: there "₦1.5M / month" (about a
// thousand dollars) is a salary written with an M, while "AED 9,000,000"
// or "SAR 7.5M" is the size of a deal, not pay.

// millionPayCurrencies are the currencies whose pay is stated in
// millions with an M ("₦2.4M / month", "IDR 12M per month", "¥6M a
// year"): the weak currencies of implausibleAmount (rupiah, dong, won,
// Colombian and Chilean pesos, Ugandan and Tanzanian shillings ...), the
// naira, the yen, the forint and the tenge; and the rupees of South Asia
// and the Philippine peso, in which a year's pay is written in millions
// as often as in lakhs ("₹2M - ₹4M INR", "₱1.2M a year").
var millionPayCurrencies = map[string]bool{"NGN": true, "JPY": true, "HUF": true, "KZT": true,
	"INR": true, "PKR": true, "LKR": true, "NPR": true, "BDT": true, "PHP": true}

// millionCapped are currencies worth about a quarter of a dollar or more,
// beside strongCurrencies, in which no salary reaches a million written
// out in digits ("AED 9,000,000", "SAR 7,500,000", "PLN 1 200 000"):
// implausibleAmount rejects such an amount. Currencies of lesser worth
// keep their millions (a year's "INR 1,200,000", "RUB 2 400 000").
var millionCapped = map[string]bool{"AED": true, "SAR": true, "QAR": true, "ILS": true, "PLN": true,
	"MYR": true, "RON": true, "BGN": true, "PEN": true}

// millionsPay reports an amount with an M or "million" multiplier (never
// a billion) that is pay after all (judge): the currency states pay in
// millions, and the amount is in a pay field or has a period after it
// ("₦1.5M / month") or a pay word before it ("salary ₦1.2M").
func millionsPay(m money, before, after string, lenient bool) bool {
	if !m.big || m.max >= 1e9 || !(millionPayCurrencies[m.currency] || weakCurrencies[m.currency]) {
		return false
	}
	return lenient || unitAfter.FindStringIndex(after) != nil || payWord.MatchString(before)
}

// millionsCapped reports c's amount as a million or more in a currency of
// millionCapped (implausibleAmount).
func millionsCapped(c payCandidate) bool {
	return millionCapped[c.currency] && c.max >= 1e6
}
