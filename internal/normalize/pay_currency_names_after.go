package normalize

import (
	"regexp"
	"strings"
)

// A pay field that is an amount or a range with its currency named in a
// word after it (table tests in pay_currency_names_after_test.go):
// "150000 - 250000 naira", "4,500 Ghana cedis per month", "35 000 rand
// monthly". The money scanner reads signs and codes ("₦", "NGN") and
// only dollars, pounds, euros and rupees written out. A name that several
// countries share (shillings, dirhams, riyals, pesos, francs) needs its
// country ("Kenyan shillings", "Mexican pesos"): "pesos" alone does not
// say whose. Only a whole pay field is read: in running text "rand" or
// "won" may be other words.

// currencyNameAfter is such a field: fieldAmountRange, an optional
// country adjective (group 5) and the name (group 6).
var currencyNameAfter = regexp.MustCompile(`(?i)` + fieldAmountRange +
	`(?:(ghana(?:ian)?|kenyan?|ugandan?|tanzanian?|uae|emirati|saudi|qatari|mexican|philippine|colombian|chilean|argentine|swiss|turkish|south african|nigerian|thai|japanese|chinese|korean|israeli|polish|hungarian)\s+)?` +
	`(naira|cedis?|rand|shillings?|birr|baht|ringgits?|z[lł]oty(?:s|ch)?|forints?|yen|yuan|renminbi|won|shekels?|liras?|dirhams?|riyals?|pesos|francs|rupiah|dong|rs)\b`)

// currencyNames maps a name (lower case, plural "s" dropped) that names
// one currency by itself.
var currencyNames = map[string]string{"naira": "NGN", "cedi": "GHS", "rand": "ZAR", "birr": "ETB", "baht": "THB",
	"ringgit": "MYR", "zloty": "PLN", "złoty": "PLN", "zlotych": "PLN", "złotych": "PLN", "forint": "HUF", "yen": "JPY",
	"yuan": "CNY", "renminbi": "CNY", "won": "KRW", "shekel": "ILS", "lira": "TRY", "rupiah": "IDR", "dong": "VND",
	"rs": "INR"} // "25000 Rs/month": Indian rupees, or Pakistani ones by the place (placeRupeePay)

// sharedCurrencyNames maps a name several countries use, by the country
// written before it.
var sharedCurrencyNames = map[string]map[string]string{
	"shilling": {"kenya": "KES", "kenyan": "KES", "uganda": "UGX", "ugandan": "UGX", "tanzania": "TZS", "tanzanian": "TZS"},
	"dirham":   {"uae": "AED", "emirati": "AED"},
	"riyal":    {"saudi": "SAR", "qatari": "QAR"},
	"peso":     {"mexican": "MXN", "philippine": "PHP", "colombian": "COP", "chilean": "CLP", "argentine": "ARS"},
	"franc":    {"swiss": "CHF"},
}

// currencyNameFieldPay reads currencyNameAfter in a pay field; nil in
// running text or when the name does not say one currency.
func currencyNameFieldPay(text string, lenient bool) *payCandidate {
	if !lenient || len(text) > 60 {
		return nil
	}
	m := currencyNameAfter.FindStringSubmatchIndex(text)
	if m == nil {
		return currencyNameBeforePay(text) // "Naira 400,000 monthly" (pay_currency_names_before.go)
	}
	name := strings.ToLower(group(text, m, 6))
	if n := strings.TrimSuffix(name, "s"); currencyNames[n] != "" || sharedCurrencyNames[n] != nil {
		name = n
	}
	cur := currencyNames[name]
	if shared := sharedCurrencyNames[name]; shared != nil {
		cur = shared[strings.ToLower(group(text, m, 5))]
	}
	if cur == "" {
		return nil // "40,000 pesos": whose?
	}
	return fieldAmountPay(text, m, cur)
}
