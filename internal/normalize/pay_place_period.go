package normalize

import (
	"regexp"
	"strings"

	"github.com/gigscout/gigscout/internal/model"
)

// Pay read by the listing's place and by words between an amount and its
// period:
//
//   - A range whose first end carries a multiplier and whose second is a
//     bare small number shares the multiplier: "$150K - 200", "₹25L - 30"
//     (sharedMultiplier, called from scanMoney).
//   - A cost-to-company or take-home word between an amount and its period:
//     "₹21,900 CTC per Month" (ctcPeriodAfter).
//   - Currencies whose pay stated without a period is a month's up to a
//     ceiling and a year's above it (sizeMonthUnit): Indian rupees under a
//     lakh ("₹50000", "Rs. 37,000 + HRA": yearly pay is written in lakhs or
//     in full with Indian grouping, "₹5,00,000"), rand, naira, pesos of the
//     Philippines, leva, Sri Lankan and Nepalese rupees and taka.
//   - Bulgarian leva, written after the amount: "1000 - 2000 лв", "1200 -
//     1800 лева месечно" (levaPay).
//   - Alternatives in a pay field: "Rs. 37,000 + HRA OR Rs. 31,000 + HRA"
//     is the range of the two (orRange).
//   - Rupees written "Rs" or in lakhs in a listing placed in Pakistan, Sri
//     Lanka or Nepal are that country's rupees, and a month's when the pay
//     text names no period (placeRupeePay).

// sharedMultiplier is a range's second end when the first end carries the
// multiplier m1 and the second is bare: "$150K - 200" is 150,000 to
// 200,000 and "₹25L - 30" 25 to 30 lakh. min is the first end read with
// its multiplier, raw2 the second end read without one. The multiplier is
// shared only when the second end is under a thousand and, multiplied, at
// least the first end and at most four times it ("$150K - 200 hours"
// keeps its 200: a count follows, see countAfter; "$90k - 5" stays as
// read).
func sharedMultiplier(m1 string, min, raw2 float64) float64 {
	if raw2 <= 0 || raw2 >= 1000 {
		return raw2
	}
	f, big := parseAmount("1", m1)
	if big || f <= 1 {
		return raw2
	}
	if v := raw2 * f; v >= min && v <= 4*min {
		return v
	}
	return raw2
}

// ctcWord is a word Indian and other listings write between an
// amount and its period: "₹21,900 CTC per Month", "Rs 18,000 in-hand per
// month", "₹4 LPA fixed".
var ctcWord = regexp.MustCompile(`(?i)^\s*(?:ctc|in[- ]?hand|take[- ]?home|fixed|basic)\b\.?`)

// ctcPeriodAfter (called in bestPay after each amount is judged) gives a
// candidate with no period right after it the period that follows a
// cost-to-company or take-home word: "₹21,900 CTC per Month".
func ctcPeriodAfter(text string, c *payCandidate) {
	if c.score >= 3 || c.end >= len(text) {
		return
	}
	rest := text[c.end:min(len(text), c.end+60)]
	w := ctcWord.FindStringIndex(rest)
	if w == nil {
		return
	}
	loc := unitAfter.FindStringSubmatchIndex(rest[w[1]:])
	if loc == nil {
		return
	}
	u := unitWord(group(rest[w[1]:], loc, 1) + group(rest[w[1]:], loc, 2))
	if u == "" || u == model.UnitProject {
		return
	}
	c.unit, c.score, c.end = u, 3, c.end+w[1]+loc[1]
}

// monthCeiling is, for currencies whose pay stated without a period is
// a month's, the floor and ceiling of a month's pay: below the floor the
// size rule reads an hour or a fee, above the ceiling a year. Indian pay is
// a month's under a lakh (annual pay is stated in lakhs, "₹5,00,000" or
// "5 LPA"); South African, Nigerian, Philippine, Bulgarian, Sri Lankan,
// Nepalese, Bangladeshi, Hong Kong and Singapore salaries are quoted by
// the month by custom. Korean pay in won stated without a period is a
// month's from 1,000,000 to 15,000,000 ("급여 2,054,200원"): a year's salary
// there starts above the ceiling (the minimum wage is about 25,000,000 won
// a year).
var monthCeiling = map[string][2]float64{
	"INR": {1000, 99999}, "ZAR": {1000, 150000}, "NGN": {10000, 3000000}, "PHP": {1000, 400000},
	"BGN": {300, 20000}, "LKR": {5000, 1000000}, "NPR": {5000, 1000000}, "BDT": {3000, 1000000},
	"MYR": {300, 60000},                         // ringgit: a month's up to RM 60,000, a year's above (pay_place_month_size.go)
	"JPY": {60000, 999999}, "RON": {250, 60000}, // yen and lei by size (pay_yen_size.go)
	"HKD": {1000, 120000}, "SGD": {500, 25000}, // Hong Kong and Singapore dollars by the month (pay_english_markets_test.go)
	"BRL": {300, 60000}, // reais by the month up to a director's R$ 60,000, a year's above ("R$675K – R$750K")
	"KRW": {1000000, 15000000},
	// CFA francs and Moroccan dirhams by the month, as West and Central
	// African and Moroccan boards quote pay (pay_cfa_franc.go)
	"XOF": {20000, 5000000}, "XAF": {20000, 5000000}, "MAD": {1500, 100000},
}

// sizeMonthUnit is the unit sizeUnit reads for an amount with no period in
// a currency of monthCeiling, and whether it applies.
func sizeMonthUnit(m money) (model.PayUnit, bool) {
	lim, ok := monthCeiling[m.currency]
	if !ok || m.max < lim[0] {
		return "", false
	}
	if m.max <= lim[1] {
		return model.UnitMonth, true
	}
	return model.UnitYear, true
}

// levaAmount reads Bulgarian pay in leva written after the amount, with an
// optional range ("-", en dash, "до") and period: "1000 - 2000 лв",
// "1200 - 1800 лева месечно", "3 500 лв. на месец", "15 лв/час"; the
// thousands grouped by a space, a dot or a comma ("2,400 лв"), and the
// stotinki after a decimal comma kept ("9,50 лв/час").
var levaAmount = regexp.MustCompile(`(?i)((?:\d{1,3}(?:[ .,\x{00a0}]\d{3})+|\d+)(?:[.,]\d{1,2})?)\s*(?:(?:-|–|—|до)\s*((?:\d{1,3}(?:[ .,\x{00a0}]\d{3})+|\d+)(?:[.,]\d{1,2})?)\s*)?` +
	`(?:лв\.?|лева|bgn)(?:\s*(?:бруто|нето))?(?:\s*(?:/\s*|на\s+|за\s+)?(месечно|месец|мес\.?|годишно|година|год\.?|час|ден|седмица))?`)

// levaPay is the first amount in leva in text, or nil; the period is
// the one written after it, else a month's by monthCeiling. In running
// text (not a pay field) a period or a pay word before it is needed
// (Bulgarian, another language's label, or "Salary:").
func levaPay(text string, lenient bool) *payCandidate {
	// "лв" and "лев" both start with л: one scan for it and one for the code.
	if !(strings.Contains(text, "л") && (strings.Contains(text, "лв") || strings.Contains(text, "лев"))) && !strings.Contains(text, "BGN") {
		return nil
	}
	m := levaAmount.FindStringSubmatchIndex(text)
	if m == nil {
		return nil
	}
	lo, _ := parseAmount(strings.NewReplacer(" ", "", "\u00a0", "").Replace(text[m[2]:m[3]]), "")
	hi := lo
	if m[4] >= 0 {
		hi, _ = parseAmount(strings.NewReplacer(" ", "", "\u00a0", "").Replace(text[m[4]:m[5]]), "")
	}
	if lo <= 0 || hi < lo {
		return nil
	}
	c := &payCandidate{money: money{start: m[2], end: m[1], min: lo, max: hi, currency: "BGN", ranged: hi != lo}, score: 2}
	switch p := strings.ToLower(group(text, m, 3)); {
	case strings.HasPrefix(p, "мес"):
		c.unit = model.UnitMonth
	case strings.HasPrefix(p, "год"):
		c.unit = model.UnitYear
	case p == "час":
		c.unit = model.UnitHour
	case p == "ден":
		c.unit = model.UnitDay
	case p == "седмица":
		c.unit = model.UnitWeek
	default:
		if b := text[max(0, m[2]-40):m[2]]; !lenient && !levaPayWord.MatchString(b) && !worldLabelIn(b) && !textSalaryLabel.MatchString(b) {
			return nil
		}
		c.unit = sizeUnit(c.money)
	}
	return c
}

// levaPayWord is a Bulgarian pay word before an amount: "Заплата:",
// "възнаграждение от".
var levaPayWord = regexp.MustCompile(`(?i)(?:заплата|възнаграждение|заплащане)\s*(?::|от)?\s*$`)

// orJoin joins alternatives in a pay field: "… OR …", "… or …".
var orJoin = regexp.MustCompile(`(?i)\s(?:or)\s`)

// orRange (called at the end of bestPay for a pay field) reads two
// alternative amounts in one currency and unit as the range between them:
// "Rs. 37,000 + HRA OR Rs. 31,000 + HRA" is 31,000 to 37,000 rupees a
// month. Alternatives in other units ("$20/hr or $40k/yr") stay the first.
func orRange(text string, best *payCandidate) {
	if best == nil || best.ranged || best.end >= len(text) {
		return
	}
	o := orJoin.FindStringIndex(text[best.end:])
	if o == nil {
		return
	}
	from := best.end + o[1]
	for _, m := range scanMoney(text[from:]) {
		m.start, m.end = m.start+from, m.end+from
		d, ok := judge(text, m, true)
		if !ok || d.ranged || d.currency != best.currency || d.unit != best.unit {
			return
		}
		best.min, best.max = min(best.min, d.min), max(best.max, d.max)
		best.ranged = best.min != best.max
		return
	}
}

// rupeeCountries are the countries besides India whose currency is written
// "Rs" and counted in lakhs.
var rupeeCountries = map[string]string{"PK": "PKR", "LK": "LKR", "NP": "NPR", "MU": "MUR"} // and Mauritius, which writes "Rs" but no lakhs

// indianMarker names Indian rupees outright: the sign, the code, the
// word, or lakhs per annum.
var indianMarker = regexp.MustCompile(`(?i)₹|\binr\b|rupees?\b|\blpa\b|\bctc\b`)

// statedPeriodWord is a period stated in a pay text.
var statedPeriodWord = regexp.MustCompile(`(?i)(?:\bper\b|/|\ba\s|\ban\s)\s*(?:h|hr|hour|day|week|wk|month|mo|mth|year|yr|annum)|\b(?:hourly|daily|weekly|monthly|annually|yearly|annual|p\.?\s?a\b|p\.?\s?m\b|pm\b|lpa)`)

// placeRupeePay reads rupees written "Rs" or in lakhs in a listing placed
// in Pakistan, Sri Lanka or Nepal (and in no Indian place) as that
// country's rupees: "Rs 90,000" in Lahore is Pakistani. Such pay with no
// period in the pay text is a month's (monthly currencies) when a month's
// limits hold it: "2 lacs" in Lahore.
func placeRupeePay(pay *model.Pay, l *model.Listing) *model.Pay {
	if pay == nil || pay.Currency != "INR" || pay.Evidence == nil || len(l.Locations) == 0 || indianMarker.MatchString(pay.Evidence.Text) {
		return pay
	}
	cur := ""
	for _, loc := range l.Locations {
		for _, r := range Regions(loc) {
			if r == "IN" {
				return pay
			}
			if c, ok := rupeeCountries[r]; ok && cur == "" {
				cur = c
			}
		}
	}
	if cur == "" {
		return pay
	}
	pay.Currency = cur
	if pay.Evidence.Field == "pay_text" && (pay.Unit == model.UnitYear || pay.Unit == model.UnitProject) && !statedPeriodWord.MatchString(l.PayText) {
		lim := bareLimits[model.UnitMonth]
		if mc, ok := monthCeiling[cur]; ok {
			lim = mc // Sri Lankan and Nepalese pay is a month's by custom up to its own ceiling
		}
		if pay.Max >= lim[0] && pay.Max <= lim[1] {
			pay.Unit = model.UnitMonth
		}
	}
	return pay
}
