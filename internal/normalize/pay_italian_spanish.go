package normalize

import (
	"regexp"
	"strings"

	"github.com/gigscout/gigscout/internal/model"
)

// Pay wording of Italian and Spanish job ads: periods after the amount ("1.800 € netti al
// mese", "2.800 € brutos/mes", "35.000 € annui"), the Italian RAL (gross annual pay),
// ranges written "tra 32.000 e 38.000 €" or "da €. 65.000 a €. 80.000",
// thousands written "€k 50-60", amounts in billions ("€ 2,5 mld") and
// benefits named by their benefit ("meal vouchers (€8/day)").

var (
	// romancePeriodAfter is a period after an amount, past gross/net words:
	// "netti al mese", "brutos/mes", "lordi all'anno", "por mes", "annui",
	// "annua lorda", "mensili".
	romancePeriodAfter = regexp.MustCompile(`(?i)^(?:\s*(?:brut[oa]s?|net[oa]s?|lord[oiae]|nett[oiae]|brut(?:e|s|es)?|nets?))*\s*` +
		`(?:(?:/|\bal\b|\ball['’]|\bpor\b|\bper\b|\bal\s+mes\b)\s*(mese|mes|mês|anno|año|ano|ora|hora|giorno|día|dia|settimana|semana)\b|` +
		`\b(annu[oia]|annual[ei]|mensil[ei])\b)`)
	// annualPayCue is a name for a yearly gross pay before an amount: the
	// Italian RAL (Retribuzione Annua Lorda, upper case: "ral" is no word),
	// "retribuzione annua", "stipendio annuo", Spanish "salario anual".
	annualPayCue = regexp.MustCompile(`(?:\bRAL\b|\bR\.A\.L\.|(?i:\b(?:retribuzione|stipendio|reddito|compenso)\s+(?:annu[oa]|annuale)|\b(?:salario|sueldo|retribuci[oó]n)\s+(?:bruto\s+)?anual))[^.\n]{0,40}$`)
	// romancePayWordBefore is a pay word the shared list does not hold:
	// Italian "stipendio", "compenso", "retributivo", "inquadramento".
	romancePayWordBefore = regexp.MustCompile(`(?i)\b(?:stipendio|compenso|retributiv[oa]|pacchetto retributivo|remunera[cç][aã]o)\b[^.\n]{0,40}$`)
	// benefitBefore names a benefit just before an amount: meal
	// vouchers, a parental or wellness budget, a travel discount.
	benefitBefore = newCueRegexp(`(?i)\b(?:(?:meal|lunch|food|restaurant|gift)\s+(?:vouchers?|cards?)|buoni\s+pasto|tickets?[- ]restau?rants?|vales?\s+de\s+comida|(?:new\s+)?parent(?:al)?\s+support|(?:gym|sport|wellbeing|wellness)\s+(?:budget|support|subsid[yi]\w*))\b[^.\n]{0,20}$`)
	// benefitAfter names a benefit right after an amount and its
	// period: "€1,200/year travel discount".
	benefitAfter = regexp.MustCompile(`(?i)^\s*(?:(?:/|per\s)\s*\p{L}+\s+)?(?:(?:travel|train|rail|staff|employee)\s+)?(?:discounts?|vouchers?)\b`)
	// bigNumberAfter is a word for millions or billions after an amount in
	// Italian, German, Spanish, French or Portuguese: "€ 2,5 mld", "5 Mio.
	// €", "3 millones". Millions are never pay.
	bigNumberAfter = regexp.MustCompile(`(?i)^\s*(?:mld|mln|mrd|mio|mdi|mds|md|millones|milioni|miliardi|milliards?|millions?|bilh(?:ões|ão)|milh(?:ões|ão))\b`)
	// wordRangeFrom is the start of a range written with words before an
	// amount that carries the currency: "tra 32.000 e", "da 30.000 a",
	// "entre 40.000 y", "de 2.000 a", "zwischen 50.000 und".
	wordRangeFrom = regexp.MustCompile(`(?i)\b(?:tra|fra|da|entre|de|von|zwischen)\s+(?:€\.?\s*)?(\d{1,3}(?:[.,]\d{3})+|\d{2,6})\s*(?:€\.?\s*)?(?:e|a|y|et|à|und|bis)\s*$`)
	// looseEuro are amounts the money scanner does not read: "€. 65.000"
	// (a dot after the sign), "€k 50-60" or "k€ 50-60" (thousands), and a
	// RAL with no sign ("RAL 30-35K", "RAL: 35.000").
	looseEuro = regexp.MustCompile(`(?:€\.\s*(\d{1,3}(?:\.\d{3})+)(?:\s*(?:-|–|a|e)\s*€\.?\s*(\d{1,3}(?:\.\d{3})+))?` +
		`|(?i:€\s*k|k\s*€)\s*(\d{1,3})\s*(?:-|–)\s*(\d{1,3})\b` +
		`|\bRAL\b\s*:?\s*(?:di\s+|da\s+)?(?:(\d{1,3})\s*(?:-|–)\s*(\d{1,3})\s*[kK]\b|(\d{1,3})\s*[kK]\b|(\d{1,3}(?:\.\d{3})+)(?:\s*(?:-|–|a)\s*(\d{1,3}(?:\.\d{3})+))?))`)
)

// romanceUnitAfter reads an Italian, Spanish or Portuguese period after an
// amount; n is how much of after it took.
func romanceUnitAfter(after string) (unit model.PayUnit, n int, ok bool) {
	if !romancePeriodWords.in(after[:min(len(after), 40)]) {
		return periodWordAfter(after) // "neto mjesečno" (pay_salary_words_nl_hr.go)
	}
	loc := romancePeriodAfter.FindStringSubmatchIndex(after)
	if loc == nil {
		return periodWordAfter(after)
	}
	w := strings.ToLower(group(after, loc, 1) + group(after, loc, 2))
	switch {
	case strings.HasPrefix(w, "me"), w == "mês", strings.HasPrefix(w, "mensil"):
		unit = model.UnitMonth
	case strings.HasPrefix(w, "ann"), w == "año", w == "ano":
		unit = model.UnitYear
	case w == "ora" || w == "hora":
		unit = model.UnitHour
	case w == "giorno" || w == "día" || w == "dia":
		unit = model.UnitDay
	default:
		unit = model.UnitWeek
	}
	return unit, loc[1], true
}

// romancePayCue reads an Italian or Spanish pay name before an amount: a
// yearly one ("RAL", "retribuzione annua") gives the year; a plain one
// ("stipendio di", "compenso") says only that the amount is pay.
// romancePeriodWords are the words one of romancePeriodAfter's matches holds.
var romancePeriodWords = newFoldWords("/", "al", "por", "per", "annu", "mensil")

// romancePayWords are the words one of romancePayWordBefore's matches holds.
var romancePayWords = newFoldWords("stipendio", "compenso", "retributiv", "remunera")

func romancePayCue(before string) (unit model.PayUnit, yearly, ok bool) {
	if u, ok := periodWordPayCue(before); ok {
		return u, u == model.UnitYear, true // "bruto maandsalaris", "Plaća" (pay_salary_words_nl_hr.go)
	}
	if (strings.Contains(before, "RAL") || strings.Contains(before, "R.A.L") || containsFold(before, "annu") || containsFold(before, "anual")) && annualPayCue.MatchString(before) {
		return model.UnitYear, true, true
	}
	if romancePayWords.in(before) && romancePayWordBefore.MatchString(before) {
		return "", false, true
	}
	return "", false, false
}

// benefitOrSize reports an amount that is a benefit or a company's size, not
// pay: named after a benefit, or followed by billions or a discount.
func benefitOrSize(before, after string) bool {
	if benefitWords.in(before) && benefitBefore.MatchString(before) {
		return true
	}
	a := strings.TrimLeft(after, " ")
	if a != "" && (a[0]|0x20 == 'm' || a[0]|0x20 == 'b') && bigNumberAfter.MatchString(a) {
		return true
	}
	return discountWords.in(after[:min(len(after), 40)]) && benefitAfter.MatchString(after)
}

// benefitWords and discountWords gate benefitOrSize's regexps: the
// words one of their matches must hold.
var (
	benefitWords  = newFoldWords("voucher", "card", "buoni", "ticket", "vale", "parent", "support", "budget", "subsid")
	discountWords = newFoldWords("discount", "voucher")
)

// wordRangeStart widens a one-amount candidate whose range start is
// written before it with words ("tra 32.000 e 38.000 €"): the start must
// be below the amount and at least a tenth of it.
func wordRangeStart(text string, c *payCandidate) {
	widenRangeStart(text, c, rangeJoinWord, wordRangeFrom, 0)
}

// widenRangeStart widens a one-amount candidate c to a range whose start
// is written in words right before it: when join holds for the 40 bytes
// before it (they end in a range's joining word), from matches there with
// the start amount as its first group, and that amount is below c's and
// at least a tenth of it. The candidate then starts where from's group
// at (0: the whole match, 1: the amount) starts.
func widenRangeStart(text string, c *payCandidate, join func(before string) bool, from *regexp.Regexp, at int) {
	if c.ranged || c.start == 0 {
		return
	}
	before := text[max(0, c.start-40):c.start]
	if !join(before) {
		return
	}
	m := from.FindStringSubmatchIndex(before)
	if m == nil {
		return
	}
	lo, _ := parseAmount(before[m[2]:m[3]], "")
	if lo <= 0 || lo >= c.max || lo*10 < c.max {
		return
	}
	c.min, c.ranged = lo, true
	c.start = c.start - len(before) + m[2*at]
}

// looseEuroPay reads the amounts the money scanner leaves (see looseEuro)
// in euros, when a pay word is before them; nil when there are none.
func looseEuroPay(text string) *payCandidate {
	if !strings.Contains(text, "€") && !strings.Contains(text, "RAL") {
		return nil
	}
	for _, m := range looseEuro.FindAllStringSubmatchIndex(text, 4) {
		before := text[max(0, m[0]-60):m[0]]
		var lo, hi float64
		ral := strings.HasPrefix(text[m[0]:], "RAL")
		switch {
		case m[2] >= 0: // "€. 65.000 a €. 80.000"
			lo, _ = parseAmount(text[m[2]:m[3]], "")
			hi = lo
			if m[4] >= 0 {
				hi, _ = parseAmount(text[m[4]:m[5]], "")
			}
		case m[6] >= 0: // "€k 50-60"
			lo, _ = parseAmount(text[m[6]:m[7]], "k")
			hi, _ = parseAmount(text[m[8]:m[9]], "k")
		case m[10] >= 0: // "RAL 30-35K"
			lo, _ = parseAmount(text[m[10]:m[11]], "k")
			hi, _ = parseAmount(text[m[12]:m[13]], "k")
		case m[14] >= 0: // "RAL 35k"
			lo, _ = parseAmount(text[m[14]:m[15]], "k")
			hi = lo
		case m[16] >= 0: // "RAL 35.000 - 40.000"
			lo, _ = parseAmount(text[m[16]:m[17]], "")
			hi = lo
			if m[18] >= 0 {
				hi, _ = parseAmount(text[m[18]:m[19]], "")
			}
		}
		if lo <= 0 || hi <= 0 || benefitOrSize(before, text[m[1]:]) || badBefore.MatchString(before) {
			continue
		}
		unit, yearly, cue := romancePayCue(before)
		if !ral && !cue && !payWord.MatchString(before) {
			continue
		}
		c := &payCandidate{money: money{start: m[0], end: m[1], min: min(lo, hi), max: max(lo, hi), currency: "EUR", ranged: hi != lo}, score: 2}
		switch {
		case ral || yearly:
			c.unit = model.UnitYear
		case unit != "":
			c.unit = unit
		default:
			c.unit = sizeUnit(c.money)
		}
		if u, n, ok := romanceUnitAfter(text[m[1]:min(len(text), m[1]+40)]); ok {
			c.unit, c.end = u, m[1]+n
		}
		return c
	}
	return nil
}

// strongCurrencies are currencies worth about a dollar or more: a
// salary in them never reaches a million, and an hourly rate never a
// thousand.
var strongCurrencies = map[string]bool{"USD": true, "EUR": true, "GBP": true, "CHF": true, "CAD": true, "AUD": true,
	"NZD": true, "SGD": true, "IEP": true, "KWD": true, "BHD": true, "OMR": true, "JOD": true}

// weakCurrencies are currencies of a thousand or more to the dollar
// (rupiah, dong, won, pesos of Colombia and Chile, shillings of Uganda
// and Tanzania and the like): their salaries run to millions.
var weakCurrencies = map[string]bool{"IDR": true, "VND": true, "KRW": true, "COP": true, "CLP": true, "UGX": true,
	"TZS": true, "IRR": true, "LAK": true, "UZS": true, "PYG": true, "GNF": true, "MGA": true, "SLL": true, "LBP": true,
	"KHR": true, "MMK": true, "MNT": true, "IQD": true, "SYP": true}

// implausibleAmount reports an amount too large to be pay, written out in
// digits ("$100,000,000 per year", "NGN 100,000,000,000 monthly"): a
// million or more in a strong currency, a hundred million in most others,
// ten billion in the weakest; or an hourly rate of a thousand or more in
// a strong currency ("$100,000 per hour"). Millions are never pay.
func implausibleAmount(c payCandidate) bool {
	switch {
	case incoherentPay(c): // "USD 16.9 - 39520", "$1 - $1" (pay_incoherent_range.go)
		return true
	case strongCurrencies[c.currency]:
		return c.max >= 1e6 || c.unit == model.UnitHour && c.max >= 1000
	case millionsCapped(c): // "AED 9,000,000" (pay_million_amounts.go)
		return true
	case weakCurrencies[c.currency]:
		return c.max >= 1e10
	case c.currency != "":
		return c.max >= 1e8
	}
	return false
}

// rangeJoinWord reports whether before ends in a word that joins a range's
// two ends in Italian, Spanish, French or German ("e", "a", "y", "et",
// "à", "und", "bis"), past a euro sign.
func rangeJoinWord(before string) bool {
	b := strings.TrimRight(before, " €.")
	w := b[strings.LastIndexByte(b, ' ')+1:]
	if len(w) > 3 {
		return false
	}
	for _, j := range []string{"e", "a", "y", "et", "à", "und", "bis"} {
		if strings.EqualFold(w, j) {
			return true
		}
	}
	return false
}
