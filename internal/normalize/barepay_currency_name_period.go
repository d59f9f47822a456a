package normalize

import (
	"regexp"
	"slices"
	"strings"

	"github.com/gigscout/gigscout/internal/model"
)

// A bare figure with a currency's name and then its period, as postings
// in Nigeria, Ghana, Kenya, Bangladesh and elsewhere write a salary in
// a sentence: "Salary: 150,000 naira monthly", "35,000 Taka per month",
// "GH 2,500 cedis a month" (table tests in
// barepay_currency_name_period_test.go). reBareAt reads a period right
// after the figure only, so the name hid it and a large month's pay was
// read as a year's by size. The name is skipped here and the period read
// after it; the currency is the name's where it names one (taka, naira),
// else the listing's place's when the name may be its currency (pesos in
// Manila), else none: "40,000 pesos" with no place is no dollars
// (bareTextCurrency).

// bareCurrencyName is a currency's name right after a bare figure, the
// words as boards write them.
// "Rs" is the rupee's short name as Indian and Pakistani postings write
// it after a figure: "25,000 Rs per month", "10000 rs/month".
var bareCurrencyName = regexp.MustCompile(`(?i)^\s*(?:(?:taka|naira|cedis?|shillings?|rand|baht|pesos|rupees?|ringgit|rupiah|soles|reais|birr|kwacha|dirhams?|riyals?|dinars?)\b|rs\b\.?)`)

// bareNamePeriod is the period after a currency's name right after a
// bare figure (after is the text right after it), or "".
func bareNamePeriod(after string) model.PayUnit {
	if len(after) < 4 || !isLetterByte(after[min(len(after)-1, skipSpaces(after, 0))]) {
		return ""
	}
	m := bareCurrencyName.FindStringIndex(after)
	if m == nil {
		return ""
	}
	rest := after[m[1]:min(len(after), m[1]+40)]
	if p := unitAfter.FindStringSubmatchIndex(rest); p != nil {
		switch u := unitWord(group(rest, p, 1) + group(rest, p, 2)); u {
		case model.UnitHour, model.UnitDay, model.UnitWeek, model.UnitMonth, model.UnitYear:
			return u
		}
	}
	return ""
}

// bareNameCurrencies are the names of bareCurrencyName that say one
// currency wherever the listing is (lower case, as written).
var bareNameCurrencies = map[string]string{"taka": "BDT", "naira": "NGN", "cedi": "GHS", "cedis": "GHS", "rand": "ZAR",
	"baht": "THB", "ringgit": "MYR", "rupiah": "IDR", "soles": "PEN", "reais": "BRL", "birr": "ETB"}

// bareSharedNames are the names several countries' currencies share: the
// currencies each may be, and the one it means where the listing's place
// names none of them ("" when no one currency is likely: "40,000 pesos").
var bareSharedNames = map[string]struct {
	of       []string
	fallback string
}{
	"peso": {[]string{"MXN", "PHP", "COP", "CLP", "ARS", "UYU", "DOP"}, ""}, "rupee": {[]string{"INR", "PKR", "LKR", "NPR", "MUR"}, "INR"},
	"shilling": {[]string{"KES", "UGX", "TZS", "SOS"}, ""}, "kwacha": {[]string{"ZMW", "MWK"}, ""}, "dirham": {[]string{"AED", "MAD"}, ""},
	"riyal": {[]string{"SAR", "QAR", "OMR"}, ""}, "dinar": {[]string{"RSD", "DZD", "TND", "KWD", "BHD", "JOD", "IQD"}, ""},
}

// bareTextCurrency is the currency of a bare figure read from text (pay's
// evidence): the listing's place's, unless a currency's name right after
// the figure says another ("Salary: 25,000 taka per month" is taka with no
// place given, not US dollars). A name several currencies share takes the
// place's currency when it is one of them, else its likely one; "" when
// none is (the figure is then no pay this reader can read).
func bareTextCurrency(l *model.Listing, text string, pay *model.Pay) string {
	place := listingCurrency(l)
	if pay.Evidence == nil || pay.Evidence.End > len(text) {
		return place
	}
	m := bareCurrencyName.FindString(text[pay.Evidence.End:])
	if m == "" {
		return place
	}
	name := strings.ToLower(strings.TrimSpace(m))
	if name == "rs" || name == "rs." {
		name = "rupee"
	}
	if c := bareNameCurrencies[name]; c != "" {
		return c
	}
	shared, ok := bareSharedNames[strings.TrimSuffix(name, "s")]
	if !ok {
		return place
	}
	if slices.Contains(shared.of, place) {
		return place
	}
	return shared.fallback
}
