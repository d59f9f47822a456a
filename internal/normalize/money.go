package normalize

import (
	"math"
	"regexp"
	"strconv"
	"strings"
)

// currencies maps a currency marker (symbol or code, lower case) to its ISO
// 4217 code.
var currencies = map[string]string{
	"$": "USD", "us$": "USD", "usd$": "USD", "usd": "USD", "ca$": "CAD", "c$": "CAD", "cad": "CAD",
	"a$": "AUD", "au$": "AUD", "aud": "AUD", "nz$": "NZD", "nzd": "NZD", "s$": "SGD", "sgd": "SGD",
	"hk$": "HKD", "hkd": "HKD", "r$": "BRL", "brl": "BRL", "€": "EUR", "eur": "EUR",
	"£": "GBP", "gbp": "GBP", "₹": "INR", "inr": "INR", "rs": "INR", "rs.": "INR",
	"¥": "JPY", "jpy": "JPY", "chf": "CHF", "sek": "SEK", "nok": "NOK", "dkk": "DKK",
	"pln": "PLN", "mxn": "MXN", "zar": "ZAR", "₱": "PHP", "php": "PHP", "₦": "NGN", "ngn": "NGN",
	"egp": "EGP", "sar": "SAR", "aed": "AED", "qar": "QAR", "czk": "CZK", "kč": "CZK", "huf": "HUF", "ron": "RON",
	"rub": "RUB", "rur": "RUB", "₽": "RUB", "руб": "RUB", "руб.": "RUB", "рублей": "RUB", "рубля": "RUB", "uah": "UAH", "₴": "UAH",
	"try": "TRY", "₺": "TRY", "twd": "TWD", "nt$": "TWD", "cny": "CNY", "rmb": "CNY", "krw": "KRW", "₩": "KRW",
	"vnd": "VND", "₫": "VND", "idr": "IDR", "myr": "MYR", "thb": "THB", "ils": "ILS", "₪": "ILS", "pkr": "PKR",
	"元": "CNY", "kzt": "KZT", "kes": "KES", "etb": "ETB", "ghs": "GHS", "cop": "COP", "clp": "CLP", "ars": "ARS", "zł": "PLN",
	"lkr": "LKR", "npr": "NPR", "ugx": "UGX", "tzs": "TZS", "pen": "PEN", "uyu": "UYU", // Sri Lankan and Nepali rupees, East African shillings, soles, Uruguayan pesos
	"rwf": "RWF",                             // the Rwandan franc: "800k RWF"
	"tnd": "TND", "dzd": "DZD", "rsd": "RSD", // Tunisian, Algerian and Serbian dinars
	"kwd": "KWD", "omr": "OMR", "bhd": "BHD", "jod": "JOD", // Kuwaiti, Bahraini and Jordanian dinars, the Omani rial (money_gulf_dinars.go)
	"mdl":  "MDL", // the Moldovan leu: "1000 MDL"
	"pkr.": "PKR", // "PKR. 80,000 - 120,000/Month", as Pakistani boards print it
	"ntd":  "TWD", // "NTD $600": Taiwan's own name for its dollar
	// the CFA francs of West (XOF) and Central (XAF) Africa, "FCFA" after
	// the amount as their boards write it (pay_cfa_franc.go), and the
	// Moroccan dirham's code
	"xof": "XOF", "xaf": "XAF", "fcfa": "XOF", "mad": "MAD",
	// a dollar code glued to its sign, as "USD$" is: "CAD$135,000"
	"cad$": "CAD", "aud$": "AUD", "nzd$": "NZD", "sgd$": "SGD", "hkd$": "HKD",
	"dollar": "USD", "dollars": "USD", "pound": "GBP", "pounds": "GBP", "euro": "EUR", "euros": "EUR", "rupee": "INR", "rupees": "INR",
}

// currencyWords are currency names written out after an amount ("20
// dollars an hour"); such an amount is pay only with a period after it,
// since "50 pounds" is as often a weight.
var currencyWords = []string{"dollar", "pound", "euro", "rupee"}

const (
	// curPre and curPost are the currency markers before and after an
	// amount; curPreWide and curPostWide add the rarer ones (Gulf, Central
	// and Eastern European, Turkish and East Asian codes and signs), read
	// only where one occurs (extraMoney): a larger program runs slower.
	curPre      = `(?:(?:USD|CAD|AUD|NZD|SGD|HKD)\$|US\$|CA\$|C\$|AU\$|A\$|NZ\$|S\$|HK\$|R\$|\$|€|£|₹|¥|₱|₦|\b(?:USD|EUR|GBP|INR|CAD|AUD|NZD|SGD|HKD|BRL|CHF|JPY|SEK|NOK|DKK|PLN|MXN|ZAR|PHP|NGN)|\bRs\.?)`
	curPost     = `(?:€|£|₹|\$|\b(?:[Dd]ollars?|[Pp]ounds?|[Ee]uros?|[Rr]upees?)\b|(?:USD|EUR|GBP|INR|CAD|AUD|NZD|SGD|HKD|BRL|CHF|JPY|SEK|NOK|DKK|PLN|MXN|ZAR|PHP|NGN)\b)`
	curPreWide  = `(?:(?:USD|CAD|AUD|NZD|SGD|HKD)\$|US\$|CA\$|C\$|AU\$|A\$|NZ\$|S\$|HK\$|R\$|NT\$|\$|€|£|₹|¥|₱|₦|₽|₴|₺|₩|₫|₪|` + moreSignsAlt + `|\b(?:USD|EUR|GBP|INR|CAD|AUD|NZD|SGD|HKD|BRL|CHF|JPY|SEK|NOK|DKK|PLN|MXN|ZAR|PHP|NGN|EGP|SAR|AED|QAR|CZK|HUF|RON|RUB|UAH|TRY|TWD|CNY|RMB|KRW|VND|IDR|MYR|THB|ILS|PKR\.?|KES|ETB|GHS|COP|CLP|ARS|RUR|KZT|LKR|NPR|UGX|TZS|PEN|UYU|TND|DZD|RSD|KWD|OMR|BHD|JOD|MDL|RWF|NTD|XOF|XAF|MAD|` + moreCodesAlt + `)|\bRs\.?)`
	curPostWide = `(?:€|£|₹|\$|₽|₴|₺|₩|₫|₪|` + moreSignsAlt + `|元|руб(?:лей|ля|\.)?|\b(?:[Dd]ollars?|[Pp]ounds?|[Ee]uros?|[Rr]upees?)\b|(?:USD|EUR|GBP|INR|CAD|AUD|NZD|SGD|HKD|BRL|CHF|JPY|SEK|NOK|DKK|PLN|MXN|ZAR|PHP|NGN|EGP|SAR|AED|QAR|CZK|HUF|RON|RUB|UAH|TRY|TWD|CNY|RMB|KRW|VND|IDR|MYR|THB|ILS|PKR|KES|ETB|GHS|COP|CLP|ARS|RUR|KZT|LKR|NPR|UGX|TZS|PEN|UYU|TND|DZD|RSD|KWD|OMR|BHD|JOD|MDL|RWF|NTD|XOF|XAF|MAD|FCFA|` + moreCodesAlt + `)\b)`
	number      = `\d{1,2}(?:,\d{2})+,\d{3}|\d{1,3}(?:[,.\x{202f}\x{2009}'’]\d{3})+(?:[.,]\d{1,2})?|\d{1,3}(?: \d{3})+(?:[.,]\d{1,2})?|\d+(?:[.,]\d{1,2})?`
	// numberNarrow is number without Indian digit grouping ("3,00,000")
	// and space-separated thousands ("45 000"): what moneyAt uses where
	// neither can occur, for speed.
	numberNarrow = `\d{1,3}(?:[,.\x{202f}\x{2009}'’]\d{3})+(?:[.,]\d{1,2})?|\d+(?:[.,]\d{1,2})?`
	mult         = `(?:k|K|m|M|mn|bn|b|B|thousand|million|billion|[Ll]akhs?|[Ll]acs?|LAKHS?|LPA|lpa|L)\b`
)

// rangeWord and rangeWordWide separate a range's ends: "-", en dash, em
// dash, "~", "to", "and", German "bis", Dutch "tot" and "en"; the wide one
// adds Russian "до". A range joined by a word must rise ("2.303 EUR bis
// 4.300 EUR"), and its second end must not count something: "to", "and",
// "bis", "tot" and "en" are as often "until" and "and" before a date or a
// count ("$20 and 2 weeks off", see wordJoined).
const (
	rangeWord     = `(?:-|–|—|~|\b(?i:to|and|bis|tot|en)\b)`
	rangeWordWide = `(?:-|–|—|~|\b(?i:to|and|bis|tot|en)\b|до\s)`
)

// reMoney finds one amount or a range of two: currency before or after,
// k/M suffixes, separators "-", en dash, em dash, "~", "to" and "and" (and
// Russian "до").
var reMoney = regexp.MustCompile(
	`(?P<c1>` + curPreWide + `)?\s?(?P<n1>` + number + `)[ \t]?(?P<m1>` + mult + `)?[ \t]?(?P<d1>` + curPostWide + `)?` +
		`(?:\s*` + rangeWordWide + `\s*(?P<c2>` + curPreWide + `)?\s?(?P<n2>` + number + `)[ \t]?(?P<m2>` + mult + `)?[ \t]?(?P<d2>` + curPostWide + `)?)?`)

// gluedCode reports a currency code written right after the digits of its
// amount: "3,000USD/month", "45000EUR".
func gluedCode(s string, i int) bool {
	return i > 0 && isDigit(s[i-1]) && i+3 <= len(s) && currencyCodes[s[i:i+3]] && (i+3 == len(s) || !isWordByte(s[i+3]))
}

// reMoneyAt is reMoney anchored at the start.
var reMoneyAt = regexp.MustCompile(`^(?:` + reMoney.String() + `)`)

// moneyProgs are reMoneyAt's amount and its optional range part, apart:
// two small programs run faster than one large one. The tail is read after
// one rune of context (for its \b). The narrow ones use numberNarrow.
type moneyProgs struct{ head, tail, headNarrow, tailNarrow *regexp.Regexp }

func newMoneyProgs(pre, post, sep string) moneyProgs {
	head := func(n string) *regexp.Regexp {
		return regexp.MustCompile(`^(?P<c1>` + pre + `)?\s?(?P<n1>` + n + `)[ \t]?(?P<m1>` + mult + `)?[ \t]?(?P<d1>` + post + `)?`)
	}
	tail := func(n string) *regexp.Regexp {
		return regexp.MustCompile(`^(?s:.)\s*` + sep + `\s*(?P<c2>` + pre + `)?\s?(?P<n2>` + n + `)[ \t]?(?P<m2>` + mult + `)?[ \t]?(?P<d2>` + post + `)?`)
	}
	return moneyProgs{head(number), tail(number), head(numberNarrow), tail(numberNarrow)}
}

var (
	// moneyPlain reads the common currencies, moneyWide all of them.
	moneyPlain = newMoneyProgs(curPre, curPost, rangeWord)
	moneyWide  = newMoneyProgs(curPreWide, curPostWide, rangeWordWide)
)

// extraSigns are the signs only curPreWide and curPostWide read.
var extraSigns = []string{"₽", "₴", "₺", "₩", "₫", "₪", "元", "NT$"}

// extraCodes are the codes only curPreWide and curPostWide read.
var extraCodes = map[string]bool{}

func init() {
	for _, c := range strings.Split("EGP|SAR|AED|QAR|CZK|HUF|RON|RUB|UAH|TRY|TWD|CNY|RMB|KRW|VND|IDR|MYR|THB|ILS|PKR|KES|ETB|GHS|COP|CLP|ARS|RUR|KZT|LKR|NPR|UGX|TZS|PEN|UYU|TND|DZD|RSD|KWD|OMR|BHD|JOD|MDL|RWF|NTD|XOF|XAF|MAD", "|") {
		extraCodes[c] = true
	}
}

// extraMoney reports whether s may hold what only the wide programs read:
// a Cyrillic letter (руб, до), an extra sign or an extra code.
func extraMoney(s string) bool {
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case c == 0xD0 || c == 0xD1:
			return true
		case c == 'F' && strings.HasPrefix(s[i:], "FCFA"): // the CFA franc (pay_cfa_franc.go)
			return true
		case c >= 0xD6 || c == 'N':
			if c >= 0xD6 && moreSignAt(s[i:]) != "" { // "₲", "֏", "៛", "﷼" (money_more_codes.go)
				return true
			}
			if c < 0xE2 && c != 'N' {
				break
			}
			for _, sym := range extraSigns {
				if strings.HasPrefix(s[i:], sym) {
					return true
				}
			}
		}
		if c >= 'A' && c <= 'Z' && i+3 <= len(s) && s[i+1] >= 'A' && s[i+1] <= 'Z' && s[i+2] >= 'A' && s[i+2] <= 'Z' && extraCodes[s[i:i+3]] {
			return true
		}
	}
	return false
}

// currencyCodes are the codes currencyMarkers finds.
var currencyCodes = map[string]bool{"USD": true, "EUR": true, "GBP": true, "INR": true, "CAD": true, "AUD": true,
	"NZD": true, "SGD": true, "HKD": true, "BRL": true, "CHF": true, "JPY": true, "SEK": true, "NOK": true, "DKK": true,
	"PLN": true, "MXN": true, "ZAR": true, "PHP": true, "NGN": true, "Rs": true,
	"EGP": true, "SAR": true, "AED": true, "QAR": true, "CZK": true, "HUF": true, "RON": true, "RUB": true, "UAH": true,
	"TRY": true, "TWD": true, "CNY": true, "RMB": true, "KRW": true, "VND": true, "IDR": true, "MYR": true, "THB": true,
	"ILS": true, "PKR": true, "KES": true, "GHS": true, "COP": true, "CLP": true, "ARS": true, "RUR": true, "KZT": true,
	"ETB": true, // Ethiopian birr
	"LKR": true, "NPR": true, "UGX": true, "TZS": true, "PEN": true, "UYU": true, "RWF": true, "XOF": true, "XAF": true, "MAD": true,
	"TND": true, "DZD": true, "RSD": true, // Tunisian, Algerian and Serbian dinars
	"KWD": true, "OMR": true, "BHD": true, "JOD": true, // money_gulf_dinars.go
	"MDL": true, // the Moldovan leu
	"NTD": true} // the Taiwan dollar as Taiwan writes it

// currencyMarkers returns the byte ranges of currency symbols and codes in
// s: what moneyTrigger matches, found by a hand-written scan for speed.
func currencyMarkers(s string) [][2]int {
	var out [][2]int
	near := 0 // money_markers.go
	for i := 0; i < len(s); i++ {
		c := s[i]
		if markerSkip(c, i, &near) {
			continue
		}
		switch {
		case c == '$':
			a := i
			for a > 0 && i-a < 2 && s[a-1] >= 'A' && s[a-1] <= 'Z' {
				a--
			}
			if a > 0 && isWordByte(s[a-1]) {
				a = i
			}
			out = append(out, [2]int{a, i + 1})
		case c >= 0x80:
			if sym := moreSignAt(s[i:]); sym != "" { // money_more_codes.go
				out = append(out, [2]int{i, i + len(sym)})
				i += len(sym) - 1
				continue
			}
			for _, sym := range []string{"€", "£", "₹", "¥", "₱", "₦", "₽", "₴", "₺", "₩", "₫", "₪", "元", "руб"} {
				if strings.HasPrefix(s[i:], sym) {
					if sym == "руб" && roubleWordGoesOn(s[i+len(sym):]) { // "рубрик" (pay_slavic_boards.go)
						break
					}
					out = append(out, [2]int{i, i + len(sym)})
					break
				}
			}
		case (c == 'd' || c == 'p' || c == 'e' || c == 'r' || c == 'D' || c == 'P' || c == 'E' || c == 'R') && (i == 0 || !isWordByte(s[i-1]) || gluedCode(s, i)) && i > 0 && isWordStartAfterNumber(s, i):
			for _, w := range currencyWords {
				if len(s)-i >= len(w) && strings.EqualFold(s[i:i+len(w)], w) {
					out = append(out, [2]int{i, i + len(w)})
					break
				}
			}
			if c >= 'A' && c <= 'Z' {
				j := i + 1
				for j < len(s) && j-i < 4 && isLetterByte(s[j]) {
					j++
				}
				if codeEnds3(s, i, j) && currencyCodes[s[i:j]] {
					out = append(out, [2]int{i, j})
				}
			}
		case (c >= 'A' && c <= 'Z') && (i == 0 || !isWordByte(s[i-1]) || gluedCode(s, i)):
			if c == 'F' && strings.HasPrefix(s[i:], "FCFA") && (i+4 == len(s) || !isWordByte(s[i+4])) {
				out = append(out, [2]int{i, i + 4}) // the CFA franc (pay_cfa_franc.go)
				i += 3
				continue
			}
			j := i + 1
			for j < len(s) && j-i < 4 && isLetterByte(s[j]) {
				j++
			}
			if codeEnds3(s, i, j) && currencyCodes[s[i:j]] {
				out = append(out, [2]int{i, j})
			}
			i = j - 1
		}
	}
	return out
}

// moneyAt is reMoneyAt.FindStringSubmatchIndex(s). Every path through
// reMoney's amount ends in optional parts and the range is optional, so
// its match is the amount's match followed by the range's, if any.
func moneyAt(s string) []int {
	progs := &moneyPlain
	if extraMoney(s) {
		progs = &moneyWide
	}
	head, tail := progs.headNarrow, progs.tailNarrow
	if wideNumbers(s) {
		head, tail = progs.head, progs.tail
	}
	h := head.FindStringSubmatchIndex(s)
	if h == nil {
		return nil
	}
	m := make([]int, 18)
	copy(m, h)
	for i := len(h); i < len(m); i++ {
		m[i] = -1
	}
	e := h[1]
	if !rangeMayFollow(s, e) {
		return m
	}
	if t := tail.FindStringSubmatchIndex(s[e-1:]); t != nil {
		m[1] = e - 1 + t[1]
		for i := 2; i < len(t); i++ {
			if t[i] >= 0 {
				m[8+i] = e - 1 + t[i]
			}
		}
	}
	return m
}

// wideNumbers reports whether s may hold a number only number (not
// numberNarrow) reads: a digit, a space and a digit ("45 000"), or a digit,
// a comma, two digits and a comma ("3,00,000").
func wideNumbers(s string) bool {
	for i := 0; i+2 < len(s); i++ {
		if !isDigit(s[i]) {
			continue
		}
		if s[i+1] == ' ' && isDigit(s[i+2]) {
			return true
		}
		if s[i+1] == ',' && i+4 < len(s) && isDigit(s[i+2]) && isDigit(s[i+3]) && s[i+4] == ',' {
			return true
		}
	}
	return false
}

// rangeMayFollow reports whether a range separator (after white space)
// may start at s[i:]: "-", "–", "—", "~", "to", "and", "bis", "tot" or "en".
func rangeMayFollow(s string, i int) bool {
	i = skipSpace(s, i)
	if i >= len(s) {
		return false
	}
	switch s[i] {
	case '-', '~', 't', 'T', 'a', 'A', 'b', 'B', 'e', 'E':
		return true
	}
	return strings.HasPrefix(s[i:], "–") || strings.HasPrefix(s[i:], "—") || strings.HasPrefix(s[i:], "до")
}

// moneyMatches returns reMoney's matches that contain a currency marker. For
// speed it only tries anchored matches at each marker and at the numbers
// shortly before it ("70k-120k EUR").
func moneyMatches(s string) [][]int {
	var out [][]int
	lastEnd := 0
	for _, loc := range currencyMarkers(s) {
		if loc[0] < lastEnd {
			continue
		}
		var buf [32]int
		for _, start := range moneyStarts(buf[:0], s, loc[0], lastEnd) {
			m := moneyAt(s[start:min(len(s), start+100)])
			if m == nil || start+m[1] <= loc[0] {
				continue
			}
			for i := range m {
				if m[i] >= 0 {
					m[i] += start
				}
			}
			out = append(out, m)
			lastEnd = m[1]
			break
		}
	}
	return out
}

// moneyStarts appends to starts where a match covering the marker at i may
// start: the starts of the numbers in the 30 bytes before it, then i itself.
func moneyStarts(starts []int, s string, i, from int) []int {
	for j := max(from, i-30); j < i; j++ {
		if isDigit(s[j]) && (j == 0 || !(isDigit(s[j-1]) || s[j-1] == ',' || s[j-1] == '.' || isLetterByte(s[j-1]))) {
			starts = append(starts, j)
		}
	}
	return append(starts, i)
}

var moneyIdx = func() map[string]int {
	m := map[string]int{}
	for i, n := range reMoney.SubexpNames() {
		if n != "" {
			m[n] = i
		}
	}
	return m
}()

// money is one amount or range found in a text.
type money struct {
	start, end int
	min, max   float64
	currency   string
	big        bool // an M/B multiplier: never pay
	ranged     bool
	kSuffix    bool
	bare4      bool // a lone four-digit number like a year
	word       bool // the currency is written out ("dollars")
}

// isCurrencyWord reports a written-out currency name ("dollars").
func isCurrencyWord(s string) bool {
	s = strings.ToLower(strings.TrimSpace(s))
	for _, w := range currencyWords {
		if s == w || s == w+"s" {
			return true
		}
	}
	return false
}

// isWordStartAfterNumber reports whether a digit comes shortly before s[i]
// (at most one space and a multiplier between): only there can a written-out
// currency follow an amount.
func isWordStartAfterNumber(s string, i int) bool {
	j := i - 1
	for j >= 0 && i-j <= 2 && s[j] == ' ' {
		j--
	}
	for j >= 0 && i-j <= 4 && (s[j] == 'k' || s[j] == 'K') {
		j--
	}
	return j >= 0 && isDigit(s[j])
}

// localSigns are currency signs written with letters that spell their ISO
// code in as many bytes: "40 000 Kč" reads as "40 000 CZK" (a bare "K"
// would otherwise be read as thousands), "5 000 zł" as "5 000 PLN".
var localSigns = strings.NewReplacer("Kč", "CZK", "kč", "CZK", "KČ", "CZK", "zł", "PLN")

// scanMoney returns the amounts with a currency in s.
func scanMoney(s string) []money {
	// Each sign holds a byte 0xC4 (č, Č) or 0xC5 (ł): most texts have neither.
	if (strings.IndexByte(s, 0xC4) >= 0 || strings.IndexByte(s, 0xC5) >= 0) &&
		(strings.Contains(s, "Kč") || strings.Contains(s, "zł") || strings.Contains(s, "kč") || strings.Contains(s, "KČ")) {
		s = localSigns.Replace(s) // same length: offsets still index the caller's text
	}
	s = fullWidthYen(s) // "￥250,000" as "¥250,000" (pay_full_width_yen.go)
	s = swissDashes(s)  // "CHF 85'000.– bis 95'000.–" (pay_salaries_count.go)
	s = swissPrimes(s)  // "CHF 80′000" (pay_swiss_prime.go)
	var out []money
	for _, m := range moneyMatches(s) {
		g := func(name string) string {
			i := moneyIdx[name]
			if m[2*i] < 0 {
				return ""
			}
			if (name == "m1" || name == "m2") && grossSlashB(s, m[2*i], m[2*i+1]) {
				return "" // "€42.000 b/a": gross a year, no billion (pay_gross_slash.go)
			}
			if (name == "m1" || name == "m2") && multiplierStartsWord(s, m[2*i], m[2*i+1]) {
				return "" // "EUR 40.000-50.000 Málaga": a town, no million (pay_magnitude_letter.go)
			}
			return s[m[2*i]:m[2*i+1]]
		}
		cur := firstNonEmpty(g("c1"), g("d1"), g("c2"), g("d2"))
		if cur == "" {
			continue
		}
		if m[2*moneyIdx["n2"]] >= 0 && mixedRangeCurrencies(g("c1"), g("d1"), g("c2"), g("d2")) {
			continue // "USD 80,000 - NGN 120,000": two currencies (pay_mixed_currency_range.go)
		}
		if code := firstNonEmpty(g("d1"), g("d2")); strings.TrimSpace(cur) == "$" && code != "" && code != "$" && currencies[strings.ToLower(code)] != "" && !isCurrencyWord(code) {
			cur = code // "$25,000 MXN": the code names the dollar
		}
		start := m[2*moneyIdx["n1"]]
		if c1 := m[2*moneyIdx["c1"]]; c1 >= 0 {
			start = c1
			if strings.TrimSpace(cur) == "$" && start >= 4 && s[start-1] == ' ' && currencyCodes[s[start-4:start-1]] && (start == 4 || !isWordByte(s[start-5])) {
				cur, start = s[start-4:start-1], start-4 // "MXN $18,000": the code names the dollar
			} else if strings.TrimSpace(cur) == "$" && cdnBefore(s, start) >= 0 {
				cur, start = "CAD", cdnBefore(s, start) // "CDN$95,000": Canada's older abbreviation
			}
		}
		mo := money{start: start, end: m[1], currency: currencies[strings.ToLower(strings.TrimSpace(cur))], word: isCurrencyWord(cur)}
		if mo.currency == "" {
			continue
		}
		mo.min, mo.big = parseAmount(g("n1"), g("m1"))
		n2 := g("n2")
		if n2 != "" {
			var big2 bool
			mo.max, big2 = parseAmount(n2, g("m2"))
			mo.big = mo.big || big2
			mo.ranged = true
			if lo, hi, ok := redundantKRange(g("n1"), g("m1"), n2, g("m2")); ok {
				mo.min, mo.max = lo, hi // "25.000K - 33.000 EUR" (pay_redundant_k.go)
			} else if g("m1") == "" && g("m2") != "" && (!big2 || millionPayCurrency(mo.currency)) { // "IDR 15–25M" (pay_vn_million.go)
				// "$120-150k", "₹4.5 - 6 LPA": the multiplier applies to both ends.
				raw, _ := parseAmount(g("n1"), "")
				if f, _ := parseAmount("1", g("m2")); raw*f <= mo.max {
					mo.min = raw * f
				}
			} else if g("m1") == "" && g("m2") == "" && mo.min < 1000 && mo.max >= 1000 && mo.min*1000 <= mo.max*1.5 && mo.min*1000 >= mo.max/2 {
				// "$150-$175,000": the thousands apply to both ends.
				mo.min *= 1000
			} else if hi, end, ok := lakhToCrore(s, m[1], g("m1"), mo.min, mo.max); ok {
				mo.max, mo.end, mo.big = hi, end, mo.big || hi >= croreMax // "₹80 Lakh - 1.2 Crore" (pay_india_boards.go)
			} else if g("m1") != "" && g("m2") == "" && !mo.big {
				mo.max = sharedMultiplier(g("m1"), mo.min, mo.max) // "$150K - 200", "₹25L - 30"
			}
		} else {
			mo.max = mo.min
		}
		mo.kSuffix = g("m1") != "" || g("m2") != ""
		mo.bare4 = n2 == "" && g("c1") == "" && g("m1") == "" && len(g("n1")) == 4 && strings.IndexAny(g("n1"), ".,") < 0 // "9,50 euro" is no year
		if mo.ranged && ((mo.max < mo.min && !fallingWordRange(s, m, mo)) || (g("c2") == "" && g("d2") == "" && g("m2") == "" && countAfter.MatchString(s[m[1]:]))) && wordJoined(s, m) {
			// "3.000 EUR bis 31.12.", "€500 en 2 weken", "$5 and 10 weeks
			// off": no range but an amount and a date or a count after it.
			mo.max, mo.ranged, mo.end = mo.min, false, firstEnd(m)
		}
		dropTinyEnd(&mo, g("m1") == "" && g("m2") == "", firstEnd(m))                                                      // "$50,000 - $10" (pay_range_ends.go)
		dropGradeStart(s, &mo, g("c1") == "" && g("d1") == "" && g("m1") == "" && g("c2") != "", m[2*moneyIdx["c2"]])      // "Band 8 - $123,558" (pay_table_shapes.go)
		dropYearStart(&mo, g("n1"), g("c1") == "" && g("d1") == "" && g("m1") == "" && g("c2") != "", m[2*moneyIdx["c2"]]) // "Summer 2027 - $45/hr" (pay_year_before_amount.go)
		if mo.min > mo.max {
			mo.min, mo.max = mo.max, mo.min
		}
		out = append(out, mo)
	}
	return out
}

// countAfter is a count or a length after a range's bare second end: "$5
// and 10 weeks", "€300 en 20 uur".
var countAfter = regexp.MustCompile(`(?i)^\s*(?:weeks?|days?|hours?|hrs|months?|years?|people|students|interns|employees|members|clients|projects|weken|dagen|uur|maanden|jaar|wochen|tage|stunden|monate|jahre)\b`)

// wordJoined reports a range match whose ends are joined by a word
// ("to", "and", "bis", "tot", "en"; words as often "until" and "and"), for
// the caller's test of a falling range or a count after it.
func wordJoined(s string, m []int) bool {
	i := moneyIdx["c2"]
	j := m[2*i]
	if j < 0 {
		j = m[2*moneyIdx["n2"]]
	}
	sep := strings.ToLower(strings.TrimSpace(s[firstEnd(m):j]))
	return sep == "bis" || sep == "tot" || sep == "en" || sep == "to" || sep == "and"
}

// firstEnd is where the first amount of a reMoney match ends.
func firstEnd(m []int) int {
	e := 0
	for _, name := range []string{"c1", "n1", "m1", "d1"} {
		if v := m[2*moneyIdx[name]+1]; v > e {
			e = v
		}
	}
	return e
}

func firstNonEmpty(ss ...string) string {
	for _, s := range ss {
		if s != "" {
			return s
		}
	}
	return ""
}

var (
	thinSpaces = strings.NewReplacer("\u202f", ",", "\u2009", ",", "’", ",")
	separators = strings.NewReplacer(",", "", ".", "")
	quoteSpace = strings.NewReplacer("'", "", " ", "")
)

// parseAmount reads a number with thousands separators and decimals ("1,500",
// "1.500", "34.62", "34,62") and a multiplier. big reports M/B multipliers.
func parseAmount(n, mul string) (v float64, big bool) {
	if strings.IndexByte(n, 0xe2) >= 0 { // both thin spaces and ’ start so
		n = thinSpaces.Replace(n)
	}
	if strings.ContainsAny(n, "' ") { // "100'000", "45 000": thousands only
		n = quoteSpace.Replace(n)
	}
	// A separator followed by exactly three digits at the end, or more groups,
	// is a thousands separator; one followed by one or two digits is decimal.
	intPart, frac := n, ""
	if i := strings.LastIndexAny(n, ".,"); i >= 0 && len(n)-i-1 <= 2 {
		intPart, frac = n[:i], n[i+1:]
	}
	intPart = separators.Replace(intPart)
	num := intPart
	if frac != "" {
		num += "." + frac
	}
	v, err := strconv.ParseFloat(num, 64)
	if err != nil {
		return 0, false
	}
	switch strings.ToLower(mul) {
	case "k", "thousand":
		v *= 1e3
	case "万": // Chinese ten thousand, read only in a pay field (barePay)
		v *= 1e4
	case "千": // Chinese thousand, read only in a pay field (barePay)
		v *= 1e3
	case "l", "lakh", "lakhs", "lac", "lacs", "lpa":
		v *= 1e5
	case "m", "mn", "million":
		v, big = v*1e6, true
	case "b", "bn", "billion":
		v, big = v*1e9, true
	}
	if mul != "" {
		v = math.Round(v*100) / 100 // "1.1L" is 110000, not 110000.00000000001
	}
	return v, big
}

// cdnBefore returns where "CDN" starts when it is written right before the
// dollar sign at i, glued or after one space ("CDN$95,000", "CDN $95,000"),
// as a word of its own; else -1.
func cdnBefore(s string, i int) int {
	j := i
	if j > 0 && s[j-1] == ' ' {
		j--
	}
	if j < 3 || !strings.EqualFold(s[j-3:j], "CDN") || (j > 3 && isWordByte(s[j-4])) {
		return -1
	}
	return j - 3
}
