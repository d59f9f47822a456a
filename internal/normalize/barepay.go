package normalize

import (
	"regexp"
	"strings"
	"unicode"

	"github.com/gigscout/gigscout/internal/model"
)

// reBarePay reads a pay field that states an amount with no currency:
// "30 per hour", "2000+ weekly", "45000-50000 per year", "70-80k pro rata",
// "Pay rate: 22.50/hr", "70.00 - 75.00 | Per Hour", French and Spanish
// "35K à 38K annuels", "12000 mensuales".
// The whole field must be the amount, its range and its period (plus
// "DOE"-style notes, after it or a leading "Negotiable"), so a field like "40 hours" is not pay; a field
// without a period is pay only in thousands from 15k ("65K-75K" a year)
// or as an amount to the cent from 5 to 100 ("18.50" an hour).
// A plus or "以上" (or more) after the first figure leaves that figure.
var reBarePay = regexp.MustCompile(`(?i)^\s*(?:negotiable\s*[,;:-]?\s*)?(?:(?:pay|pay rate|rate|hourly rate|wage|hourly wage|net|nett|gross|(?:base\s+|annual\s+)?salary(?:\s+range)?|compensation(?:\s+range)?|stipend|l(?:ø|o)nn|l(?:ö|o)n|gehalt|salaire|salario|sal(?:á|a)rio)\s*:?\s*)?(?:up\s*to\s*)?(?:kr\.?\s*)?(` + number + `)\s*(k|lakhs?|lacs?|lpa|万|千)?\s*(?:\+|以上)?\s*(?:(?:kr\.?\s*)?(?:-|–|—|to|through|thru|à)\s*(` + number + `)\s*(k|lakhs?|lacs?|lpa|万|千)?\s*\+?)?\s*` +
	`(?:kr\.?\s*)?(?:[|/]\s*)?(?:(?:/|per\b|an?\b|each\b)\s*((?:hours?|hrs?|h|days?|weeks?|wk|months?|mo|years?|yr|annum)\b|月|年|天|小时|år|mnd|m(?:å|aa)ned|m(?:å|a)nad)|(hourly|daily|weekly|monthly|annually|yearly|annual|annuel(?:le)?s?|anual(?:es)?|mensuel(?:le)?s?|mensual(?:es)?|p\.?\s?a\.?|pro[- ]rata))?` +
	`\s*(?:kr\.?|,-)?\s*(?:\(?\s*(?:doe|dog|negotiable|neg|obo|gross|net|nett|before tax|pre-?tax|base|plus benefits|\+\s*(?:bonus|benefits|super|equity|commission))\s*\)?\s*|(?:·\s*|\s)\d{1,2}\s*薪\s*)*\.?\s*$`)

// centsAmount is an amount written to the cent: "18.50", "16.00".
var centsAmount = regexp.MustCompile(`^\d{1,3}\.\d{2}$`)

// barePay parses a currency-less pay field; the currency is left empty for
// the caller to fill from the listing's place.
func barePay(field, text string) *model.Pay {
	orig := text
	text = bareBound(bareInformal(text)) // "25,000/- per month", "between 18000 and 22000" (pay_bare_informal.go); "minimum of 90k", "85k depending on experience" (pay_bare_bound.go)
	m := reBarePay.FindStringSubmatchIndex(text)
	if m == nil {
		if p := labelledBarePay(field, text); p != nil { // "月薪 2万-4万", "5萬 ~ 8萬" (pay_chinese_labels.go)
			return p
		}
		if p := hindiBarePay(field, orig); p != nil { // "15 se 19 hazar mahina" (pay_hindi_informal.go)
			return p
		}
		if p := bareBaseExtras(field, text); p != nil { // "71,000 base with 6,000 bonus" (pay_base_ote.go)
			return p
		}
		return barePeriodNote(field, text) // "25.98 p/hr excluding allowances" (barepay_period_note.go)
	}
	g := func(i int) string { return group(text, m, i) }
	lo, _ := parseAmount(g(1), g(2))
	hi := lo
	if g(3) != "" {
		hi, _ = parseAmount(g(3), g(4))
		if g(2) == "" && g(4) != "" {
			raw, _ := parseAmount(g(1), "")
			if f, _ := parseAmount("1", g(4)); raw*f <= 3*hi {
				lo = raw * f // "70-80k", "8-12 lakhs": the multiplier applies to both; "45-25K" is written high to low
			}
		} else if g(2) != "" && g(4) == "" {
			hi = sharedMultiplier(g(2), lo, hi) // "110k-150": the first end's k is the second's too (pay_shared_k_lower_code_test.go)
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
	if strings.Contains(text[m[0]:m[1]], "薪") {
		unit = model.UnitMonth // "25-45K·14薪": a month's pay, fourteen of them a year
		if hi < bareLimits[model.UnitMonth][0] {
			return nil // "20-40·15薪": no K, no month's pay at that size
		}
	}
	if strings.HasPrefix(strings.ToLower(w), "pro") {
		unit = model.UnitYear
	}
	if unit == "" {
		unit = wanUnit(g(2), g(4), hi) // "1.5万-3万" a month, "15万-25万" a year
	}
	if unit == "" && lo >= 15000 && hi <= 2e6 {
		// "65K-75K" or a plain "30000 - 35000" in a salary field: yearly.
		// (The anonymous-employer rule reads a pay field holding a number
		// as stated pay whether or not it is parsed, so reading it changes
		// no scam flag: cmd/evalflags TestAnonIndependentOfBarePay.)
		unit = model.UnitYear
	}
	if unit == "" && lo >= 1000 && hi <= chineseGenericMonthMax && strings.Contains(text[m[0]:m[1]], "以上") {
		unit = model.UnitMonth // "12000以上" (or more): mainland boards quote pay by the month (pay_chinese_generic_month.go)
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
		Evidence: &model.Span{Field: field, Start: m[2], End: end, Text: orig[m[2]:end]}}
}

// placeCurrencies are the currencies of further countries, by region code.
var placeCurrencies = map[string]string{"NO": "NOK", "SE": "SEK", "DK": "DKK", "PL": "PLN", "CZ": "CZK", "HU": "HUF",
	"RO": "RON", "TW": "TWD", "JP": "JPY", "BR": "BRL", "MX": "MXN", "ZA": "ZAR", "PH": "PHP", "NG": "NGN", "TR": "TRY",
	"AE": "AED", "SA": "SAR", "EG": "EGP", "HK": "HKD", "CN": "CNY", "KR": "KRW", "IL": "ILS", "UA": "UAH", "KE": "KES",
	"RU": "RUB", "KZ": "KZT", "ET": "ETB", "PK": "PKR", "MY": "MYR", "LK": "LKR", "NP": "NPR", "BD": "BDT",
	"BO": "BOB", "PE": "PEN", "CL": "CLP", "CO": "COP", "AR": "ARS", "UY": "UYU", "GH": "GHS",
	"UZ": "UZS", "BY": "BYN", "KG": "KGS", "TJ": "TJS", "AZ": "AZN", "GE": "GEL", "AM": "AMD", "MD": "MDL"} // Latin America: pay in the local money

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
		if c, ok := placeCurrencies[r]; ok {
			return c
		}
	}
	return "USD"
}

// reBareAt reads an amount with no currency at the start of a text, its
// range and the period right after it, if any: "76,000 - 85,000 per year",
// "12,00,000 per annum", "80k/month", "35 hourly", "150k-200k".
var reBareAt = regexp.MustCompile(`(?i)^(` + number + `)\s*(k)?(?:\s*(?:-|–|—|to)\s*(` + number + `)\s*(k)?)?` +
	`(?:\s*(?:(?:/|per\b|an?\b)\s*(hours?|hrs?|h|days?|weeks?|months?|mo|years?|yr|annum)\b|(hourly|daily|weekly|monthly|annually|yearly|p\.\s?a\.|pa\b|ph\b|p/h\b|p/hrs?\b|pd\b|p/d\b)))?`)

// retirementPlan is a US retirement plan's name, no amount: "401k", "403(b)".
var retirementPlan = regexp.MustCompile(`(?i)^(?:401|403|457)\s*\(?[kb]\b`)

// textSalaryLabel is a salary label right before an amount: "Salary:",
// "Base salary range -", "Compensation:".
var textSalaryLabel = regexp.MustCompile(`(?i)\b(?:(?:base|annual|yearly|starting)\s+)?(?:salary|compensation|remuneration|ctc|pay|package|salaire|r[ée]mun[ée]ration|gehalt|salario|sal[áa]rio)(?:\s+(?:range|band|package))?\s*(?::|-|–|is)\s*$`)

// textLowEnd is the low end of a range written in words before an amount:
// "25,000 or more up to", "from 30,000 up to".
var textLowEnd = regexp.MustCompile(`(?i)\b(\d{1,3}(?:[,. ]\d{3})+|\d{4,7})\s*(?:or more|or above|and above|\+)?\s*,?\s*up\s*to\s*$`)

// textPayWord is a pay word shortly before an amount in running text.
var textPayWord = regexp.MustCompile(`(?i)\b(?:salary|salaries|pay|pays|paid|earn|earning|earnings|wage|wages|rate|compensation|stipend|remuneration|package|ctc|income|expectations?)\b[^.!?\n]{0,30}$`)

// textBarePay reads pay stated with no currency in running text, the
// currency left for the caller to fill from the listing's place. A number
// with no unit after it is never read (a count, a year, a size); one with
// a period after it is pay when a pay word comes shortly before it ("earn
// 35 hourly", "Salary: 80k/month"), or when it is written as a salary
// (thousands separators or a k) and is a yearly amount from 15,000 or a
// range by the month or year ("76,000 - 85,000 per year"). The amount
// must be of a size the period allows (an hour 5 to 300, a day 30 to 3,000,
// a week 100 to 10,000, a month 300 to 300,000, a year 10,000 to 10
// million); money that is no pay (funding, revenue, a bonus) is skipped.
func textBarePay(field, text string) *model.Pay {
	for i := 0; i < len(text); i++ {
		if !isDigit(text[i]) {
			continue
		}
		j := i
		for j+1 < len(text) && isDigit(text[j+1]) {
			j++
		}
		if i > 0 && !bareStart(text, i) {
			i = j
			continue
		}
		snip := text[i:min(len(text), i+80)]
		if bareDigitsOnly(snip, j+1-i) && !plainLabelledDigits(text, i, j+1-i) { // barepay_digits_only.go, barepay_label_plain_digits.go
			i = j
			continue
		}
		m := reBareAt.FindStringSubmatchIndex(snip)
		if m != nil {
			for k := range m {
				if m[k] >= 0 {
					m[k] += i
				}
			}
			if p := textBareAt(field, text, m); p != nil {
				return p
			}
		}
		i = j
	}
	return spanishBarePay(field, text) // "Salario: 35.000 a 38.000 brutos anuales" (pay_spanish_bare.go)
}

// bareStart reports whether an amount may start at text[i]: after a space,
// an opening bracket, a colon, a semicolon, or a comma not between digits.
func bareStart(text string, i int) bool {
	switch text[i-1] {
	case ' ', '\n', '\t', '(', ':', ';':
		return true
	case ',':
		return i < 2 || !isDigit(text[i-2])
	}
	return false
}

// textBareAt judges one reBareAt match (see textBarePay).
func textBareAt(field, text string, m []int) *model.Pay {
	if markAfterBareAmount(text, m) {
		return nil // "Salario: 3.000.000 € …": a currency is written after it (pay_spanish_bare.go)
	}
	g := func(i int) string { return group(text, m, i) }
	start := m[2]
	before := text[max(0, start-60):start]
	lo, _ := parseAmount(g(1), g(2))
	hi, ranged := lo, g(3) != ""
	if ranged {
		hi, _ = parseAmount(g(3), g(4))
		raw, _ := parseAmount(g(1), "")
		switch {
		case g(2) == "" && g(4) != "" && raw*1000 <= hi:
			lo = raw * 1000 // "30-45k": the k applies to both
		case g(2) == "" && g(4) == "" && lo < 1000 && hi >= 1000 && lo*1000 <= hi*1.5 && lo*1000 >= hi/2:
			lo *= 1000 // "25-30,000": the thousands apply to both
		}
	}
	if !ranged {
		if v, e, ok := bareRepeatedUnitEnd(text, m); ok { // "10 ph to 15ph" (barepay_unit_both_ends.go)
			hi, ranged, m = v, true, append([]int(nil), m...)
			m[1] = e // the evidence runs to the far end
		}
	}
	if lo > hi {
		lo, hi = hi, lo
	}
	written := g(2) != "" || g(4) != "" || strings.ContainsAny(g(1)+g(3), ", .")
	unit := unitWord(g(5) + g(6))
	if unit == "" {
		unit = bareNamePeriod(text[m[1]:]) // "35,000 Taka per month" (barepay_currency_name_period.go)
	}
	if unit == "" {
		// No period: only a salary under a label ("Salary: 150k-200k",
		// "Base salary: 95,000") is read, as a year's.
		if (!(written || ranged) || lo < 15000 || !(textSalaryLabel.MatchString(before) || salaryLabelCode(before) || bareLabelKRange(before, text[m[1]:], g(4), ranged) || textBareBase(text[m[1]:], lo, written))) && // "Salary 120k to 180k" (pay_label_k_range.go)
			!plainLabelledSalary(before, text[m[1]:], lo, written || ranged) { // "Salary is 87000." (barepay_label_plain_digits.go)
			return nil
		}
		unit = model.UnitYear
	}
	lim, ok := bareLimits[unit]
	if !ok || hi > lim[1] {
		return nil
	}
	if l := textLowEnd.FindStringSubmatch(before); l != nil && !ranged {
		// "25,000 or more up to 35,000 per annum": the low end comes first.
		if v, _ := parseAmount(l[1], ""); v > 0 && v < lo && v*2.5 >= lo {
			lo = v
		}
	}
	if lo < lim[0] {
		return nil
	}
	if !textPayWord.MatchString(before) && !bareGetBefore(before, text[m[1]:]) { // "should get 150 per day" (barepay_get_verb.go)
		// With no pay word, only a salary written as one, in a sentence
		// that is not about other money ("a budget of 50,000 per year").
		if !(written && ((unit == model.UnitYear && lo >= 15000) || (ranged && (unit == model.UnitYear || unit == model.UnitMonth)))) ||
			fundingNear.MatchString(sentenceAround(text, start, m[1])) {
			return nil
		}
	}
	end := m[3] // the amount, or the range's far end
	if m[7] > end {
		end = m[7]
	}
	if badBefore.MatchString(before) || isGlued(text, money{start: start, end: end}) || retirementPlan.MatchString(text[start:]) {
		return nil
	}
	end = trimEnd(text, start, m[1])
	// "110,000 - 200,000/year SGD": a code after the period (pay_code_after_period.go)
	cur := codeAfterEnd(text, end)
	if cur == "" {
		cur = labelCode(before) // "Salary in EUR: 120,000" (barepay_label_code.go)
	}
	return &model.Pay{Min: lo, Max: hi, Unit: unit, Currency: cur, Source: model.FromText,
		Evidence: &model.Span{Field: field, Start: start, End: end, Text: text[start:end]}}
}

// bareLimits are the sizes an amount with no currency may have for each
// period to be read as pay.
var bareLimits = map[model.PayUnit][2]float64{model.UnitHour: {5, 300}, model.UnitDay: {30, 3000}, model.UnitWeek: {100, 10000},
	model.UnitMonth: {300, 300000}, model.UnitYear: {10000, 1e7}}

// listingCurrency is the currency of the listing's place (placeCurrency).
func listingCurrency(l *model.Listing) string {
	var regions []string
	for _, loc := range l.Locations {
		if r := Regions(loc); len(r) > 0 {
			regions = append(regions, r...)
		} else if r := payPlace(loc); r != "" {
			regions = append(regions, r)
		}
	}
	return placeCurrency(append(regions, l.RemoteRegions...))
}

// payPlaces are countries and cities whose currency fixes the pay of a
// listing there that Regions does not name (it names the places remote
// work is open to).
var payPlaces = map[string]string{"russia": "RU", "россия": "RU", "moscow": "RU", "москва": "RU",
	"saint petersburg": "RU", "st. petersburg": "RU", "санкт-петербург": "RU", "kazakhstan": "KZ", "казахстан": "KZ",
	"almaty": "KZ", "алматы": "KZ", "astana": "KZ", "czechia": "CZ", "czech republic": "CZ", "prague": "CZ", "praha": "CZ", "brno": "CZ"}

// payPlace is the region code of a place payPlaces names: the whole place
// or one of its comma-separated parts ("Moscow, Russia").
func payPlace(loc string) string {
	for _, part := range strings.Split(strings.ToLower(loc), ",") {
		if r := payPlaces[strings.TrimSpace(part)]; r != "" {
			return r
		}
		if r := cisPayPlaces[strings.TrimSpace(part)]; r != "" {
			return r // "Ташкент", "Minsk, Belarus" (pay_cis_places.go)
		}
	}
	return ""
}

// krSign is the crown sign of Norway, Sweden and Denmark: "kr", "kr.".
var krSign = regexp.MustCompile(`(?i)(?:^|[^\p{L}])kr\.?(?:[^\p{L}]|$)`)

// placePeriod reads pay whose pay text states no period, in a listing
// placed where pay is quoted by the month (monthlyCurrencies), as a
// month's: "от 2000 USD" in Moscow, "20-40K" in Hangzhou, "2000 EUR" in
// Prague. Only a fee guessed from the size changes, or a year guessed from
// the size in the place's own currency within a month's limits; a pay text
// with any word besides currencies and bounds ("fee", "total", "год") is
// left as read.
func placePeriod(pay *model.Pay, l *model.Listing) *model.Pay {
	if pay == nil || pay.Source != model.FromText || pay.Evidence == nil || pay.Evidence.Field != "pay_text" {
		return pay
	}
	cur := listingCurrency(l)
	if krSign.MatchString(l.PayText) && len(currencyMarkers(pay.Evidence.Text)) == 0 {
		// "kr 650.000": Norwegian, Swedish or Danish crowns, by the
		// listing's place; elsewhere no currency is known.
		switch {
		case cur == "NOK" || cur == "SEK" || cur == "DKK":
			pay.Currency = cur
		case (pay.Currency != "NOK" || localMarkCurrency("kr", l.PayText) != "NOK") && krCurrency(l.PayText, "kr") != pay.Currency:
			return nil // "Lønn: kr 650.000" names the krone by its word, "35 000 kr/mån" the krona (krCurrency)
		}
	}
	if placeMonthSize(pay, l, cur) { // "15k-20k" in Ahmedabad, "RM 180,000 - 240,000" (pay_place_month_size.go)
		return pay
	}
	if pay.Unit != model.UnitProject && pay.Unit != model.UnitYear {
		return pay
	}
	if !(monthlyCurrencies[cur] || inVietnam(l)) || !periodUnstated(l.PayText) {
		return pay
	}
	if monthlyCurrencies[cur] && len(currencyMarkers(pay.Evidence.Text)) == 0 && !strings.ContainsAny(pay.Evidence.Text, "₽€$£¥元") && !codeAfterNamed(pay.Evidence.Text) {
		pay.Currency = cur // "50 000" in Moscow: roubles
	}
	lim := bareLimits[model.UnitMonth]
	switch {
	case pay.Unit == model.UnitProject && pay.Max >= lim[0]:
		pay.Unit = model.UnitMonth
	case pay.Unit == model.UnitYear && monthlyCurrencies[cur] && pay.Currency == cur && pay.Max <= monthCap(cur): // pay_cis_places.go
		pay.Unit = model.UnitMonth
	}
	return pay
}

// unstatedStrip matches what a pay text may hold besides amounts without
// stating a period or a kind of pay: bounds ("от", "до", Vietnamese
// "tới", "trên", "from", "up to", "以上" or more), "руб." and a K after
// digits.
var unstatedStrip = regexp.MustCompile(`(?i)(?:^|\s)(?:от|до|tới|trên|từ|đến)\s|руб(?:лей|ля)?\.?|\b(?:from|up\s*to|upto|to|between|and|around|about|approx(?:imately)?|net|nett|gross|netto|brutto)\b|/-|\d[kK]\b|以上`)

// periodUnstated reports that s holds no word but currency codes and
// bounds: no period, no fee or project word.
func periodUnstated(s string) bool {
	s = unstatedStrip.ReplaceAllString(s, " 0 ")
	for _, f := range strings.Fields(s) {
		f = strings.Trim(f, ".,:;()+")
		if currencyCodes[strings.ToUpper(f)] && len(f) == 3 {
			continue
		}
		for _, r := range f {
			if unicode.IsLetter(r) {
				return false
			}
		}
	}
	return true
}

// inVietnam reports a listing placed in Vietnam, whose boards quote pay by
// the month in dollars as often as in dong (so its bare amounts keep the
// currency placeCurrency gives them).
func inVietnam(l *model.Listing) bool {
	for _, loc := range l.Locations {
		if vietnameseCity(loc) { // "Hà Nội" (pay_vietnam_places.go)
			return true
		}
		for _, r := range Regions(loc) {
			if r == "VN" {
				return true
			}
		}
	}
	return false
}
