package normalize

import (
	"regexp"
	"slices"
	"strings"

	"github.com/gigscout/gigscout/internal/model"
)

// Currency marks the money scanner does not read, read when no other
// amount was pay: the South African "R" ("R25 000 per month"), the
// Swedish and Danish "kr" and ":-" ("35 000 kr/mån", "32 000:-"), the
// Hungarian "Ft", the Romanian "lei", the Turkish "TL", the Vietnamese
// "đ", the Thai "฿" and "บาท", the Israeli "ש"ח", the Egyptian "E£", the
// Ghanaian "GH₵", Latin American dollar and sol marks ("MX$", "COL$",
// "CLP$", "AR$", "S/"), the Swiss "Fr.", a ringgit "RM" alone in a pay
// field, the Philippine "Php" ("Php50,000-Php60,000"), Arabic and Hindi
// currency words ("ريال", "درهم", "रुपये") and currency names written out
// ("baht", "kronor").
// A local multiplier may follow the figure: "mil" (Spanish and Portuguese
// thousand), "bin" (Turkish), "ezer" (Hungarian), "mii" (Romanian),
// "tkr" (Swedish), "nghìn"/"ngàn" (Vietnamese), 千 and 万. The period is
// judge's, else a local one written after (localPeriodAfter), else by the
// currency's custom (monthlyCurrencies).

// markCurrency maps a mark (as written, or lower case for words) to its
// currency; "kr" is resolved by krCurrency.
var markCurrency = map[string]string{
	"R": "ZAR", "Bs": "BOB", "Bs.": "BOB", "GH₵": "GHS", "GH¢": "GHS", "₵": "GHS",
	"E£": "EGP", "جنيه": "EGP", "ج.م": "EGP", "MX$": "MXN", "MXN$": "MXN", "COL$": "COP", "COP$": "COP",
	"CLP$": "CLP", "AR$": "ARS", "ARS$": "ARS", "S/": "PEN", "S/.": "PEN", "$U": "UYU",
	"RD$": "DOP", "J$": "JMD", "TT$": "TTD", "N$": "NAD", // Dominican, Jamaican, Trinidad and Namibian dollars
	"Q":   "GTQ", // the Guatemalan quetzal: "Q8,000 mensuales" (pay_quetzal_mark.go)
	"Fr.": "CHF", "SFr.": "CHF", "RM": "MYR", "฿": "THB", "บาท": "THB", "baht": "THB", "Php": "PHP",
	"Ft": "HUF", "lei": "RON", "TL": "TRY", "đ": "VND", "đồng": "VND", "VNĐ": "VND",
	"ש\"ח": "ILS", "ש״ח": "ILS", "שקל": "ILS", "שקלים": "ILS", "NIS": "ILS",
	"ريال": "SAR", "درهم": "AED", "रुपये": "INR", "रुपए": "INR",
	":-": "SEK", "kr": "", "kr.": "", "kronor": "SEK", "kroner": "", "zł": "PLN", "Kč": "CZK",
}

const (
	markNum  = `\d{1,3}(?:[ .,'’\x{00a0}\x{202f}]\d{3})+(?:[.,]\d{1,2})?|\d+(?:[.,]\d{1,2})?`
	markMult = `(?:[kK]|mil|bin|ezer|mii|tys\.?|tis\.?|тис\.?|nghìn|ngàn|千|万)`
	markSep  = `(?:-|–|—|~|to|a|ate|até|bis|do|až|ile|și|és|đến|ถึง|עד|до|إلى|الى)`
	// markPre and markPost are the marks before and after an amount.
	markPre  = `Bs\.?|Q|R|GH₵|GH¢|E£|MXN?\$|COL\$|COP\$|CLP\$|ARS?\$|RD\$|J\$|TT\$|N\$|S/\.?|\$U|S?Fr\.|RM|฿|NIS|Php|kr\.?`
	markPost = `kr\.?|:-|Ft|lei|TL|zł|Kč|đồng|đ|VNĐ|บาท|฿|ש"ח|ש״ח|שקלים|שקל|ريال|درهم|جنيه|ج\.م|रुपये|रुपए|(?i:baht|kronor|kroner)`
)

// markEndMonth is a Nordic or Hungarian month abbreviation after a range's
// first end and its mark, as the second end repeats it: "50.000 kr./md -
// 75.000 kr./md", "40 000 kr/mån - 50 000 kr/mån" (the period after the
// second end is read as before).
const markEndMonth = `(?:md|mdr|mnd|mån|måned|månad|hó)\.?`

// markPreAt is an amount or range with a mark before it, at the start of
// the text it is given (preMarkStarts finds where to try it); a figure's
// multiplier may follow it. markPostAmount is one with a mark after it
// (after each end of a range too: "40 000 kr - 50 000 kr / månad"),
// tried around its keys (three bytes or more, as the shared key scan
// keeps its fast path).
var (
	markPreAt      = regexp.MustCompile(`^(` + markPre + `)[ \x{00a0}]?(` + markNum + `)[ \x{00a0}]?(` + markMult + `)?(?:\s*` + markSep + `\s*(?:` + markPre + `)?[ \x{00a0}]?(` + markNum + `)[ \x{00a0}]?(` + markMult + `)?)?`)
	markPostAmount = newPlainKeyRegexp(`(`+markNum+`)[ \x{00a0}]?(`+markMult+`)?(?:[ \x{00a0}]?(?:`+markPost+`)(?:\s?/\s?`+markEndMonth+`)?)?(?:\s*`+markSep+`\s*(`+markNum+`)[ \x{00a0}]?(`+markMult+`)?)?[ \x{00a0}]?(`+markPost+`)(?:[^\p{L}\p{N}]|$|ต่อ|ขึ้นไป)`,
		60, 8, markPostKeys()...)
)

// markPostKeys are markPostAmount's keys: "kr", "Ft", "TL" and "đ" after
// a space, ":-" and "đ" after a digit, the longer marks as they are.
// (Currency names whose first three bytes are common in English, "rand",
// "forint", "soles", "lira", "cedi", "shekels", "dirhams", "riyals", are
// left to their signs and codes: the shared key scan would stop at every
// "random", "for", "solution".)
func markPostKeys() []string {
	keys := []string{" kr", " ft", " tl", " đ", "lei", "zł", "kč", "vnđ", "đồng", "บาท", "฿", "ש\"ח", "ש״ח", "שקל", "ريال", "درهم", "جنيه", "ج.م", "रुप",
		"baht", "kronor", "kroner"}
	for d := '0'; d <= '9'; d++ {
		keys = append(keys, string(d)+":-", string(d)+"đ", string(d)+"kr")
	}
	return keys
}

// preMarkStarts returns where a mark before an amount may start, at most
// 12 places: an "R" before a figure or "RM"; a "$" ending "MX$", "COL$",
// "COP$", "CLP$", "AR$", "ARS$" or opening "$U"; "S/", "Fr.", "GH", "E£",
// "฿", "NIS", "Php". Not after a letter, digit or "$" ("R&D", "HR 2", "US$"
// are none). Nine scans of the text, each for a byte or two.
func preMarkStarts(text string) []int {
	var out []int
	add := func(i int) {
		if len(out) >= 12 {
			return
		}
		if i > 0 {
			if c := text[i-1]; isWordByte(c) || c == '$' {
				return
			}
		}
		out = append(out, i)
	}
	bsMarkStarts(text, add)      // "Bs 2.500" (pay_boliviano_mark.go)
	krMarkStarts(text, add)      // "kr 45 000/mån" (pay_kr_before.go)
	quetzalMarkStarts(text, add) // "Q12,500" (pay_quetzal_mark.go)
	for from := 0; ; {
		i := strings.IndexByte(text[from:], 'R')
		if i < 0 {
			break
		}
		i += from
		from = i + 1
		if i+1 < len(text) && (isDigit(text[i+1]) || text[i+1] == 'M' || text[i+1] == ' ' && i+2 < len(text) && isDigit(text[i+2])) {
			add(i)
		}
	}
	for from := 0; ; {
		i := strings.IndexByte(text[from:], '$')
		if i < 0 {
			break
		}
		i += from
		from = i + 1
		if i+1 < len(text) && text[i+1] == 'U' {
			add(i)
			continue
		}
		for _, p := range [...]string{"MXN", "MX", "COL", "COP", "CLP", "ARS", "AR", "RD", "TT", "J", "N"} {
			if strings.HasSuffix(text[:i], p) {
				add(i - len(p))
				break
			}
		}
	}
	for _, mk := range [...]string{"S/", "Fr.", "GH", "E£", "฿", "NIS", "Php"} {
		for from := 0; len(out) < 12; {
			i := strings.Index(text[from:], mk)
			if i < 0 {
				break
			}
			i += from
			from = i + len(mk)
			if mk == "Fr." && i > 0 && text[i-1] == 'S' {
				i-- // "SFr."
			}
			add(i)
		}
	}
	slices.Sort(out)
	return out
}

// markMultiplier is the factor of a local multiplier.
func markMultiplier(w string) float64 {
	switch w {
	case "":
		return 1
	case "万":
		return 10000
	}
	return 1000
}

// krCurrency names the krone or krona a "kr" amount is in from the text's
// words: Swedish ("lön", "månad", "mån", "tim", "timme", "kronor", "arvode", "timpenning", "ersättning") the krona,
// Norwegian ("lønn", "NOK") the Norwegian krone, Danish ("løn", "måned"
// with no Norwegian word) the Danish one; "" when the text does not say.
func krCurrency(text, mark string) string {
	switch {
	case mark == ":-" || strings.EqualFold(mark, "kronor"):
		return "SEK"
	case containsFold(text, "lønn") || strings.Contains(text, "NOK") || containsFold(text, "årslønn") || krNorwegianMonth(text):
		return "NOK"
	case containsFold(text, "lön") || containsFold(text, "mån") && !containsFold(text, "måned") || containsFold(text, "/tim") || containsFold(text, "timme") || strings.Contains(text, "SEK") || hasFold(text, "arvode") || hasFold(text, "timpenning") || hasFold(text, "ersättning"):
		return "SEK"
	case containsFold(text, "løn") || containsFold(text, "måned") || strings.Contains(text, "DKK") || krDanishMonth(text):
		return "DKK"
	}
	return ""
}

// localPeriodAfter reads a period written after an amount in the
// languages of these marks: "/mån", "i månaden", "om måneden", "/hó",
// "havonta", "pe lună", "lunar", "aylık", "/ay", "/tháng", "ต่อเดือน",
// "/เดือน", "לחודש", "شهريا", "al mes", "mensuales", "por mes", "al año",
// "per år", "/óra", "/saat", "/giờ", "por hora", "/tim"; n is its length.
var localPeriodAfter = regexp.MustCompile(`(?i)^\s*(?:brutto|netto|bruttó|nettó|brut|net|gross|brutos?|netos?|líquido|ברוטו|נטו)?\s*(?:(?:/|per|pr\.?|i|om|pe|a|al|por|на|в|за|ต่อ|mỗi|một)\s*)?(månad(?:en)?|mån|måned(?:en)?|mnd|md|hó(?:nap)?|havonta|havi|lun(?:ă|a|ar|ară)|ay(?:da|lık)?|tháng|เดือน|לחודש|חודש|شهر(?:يا)?|mes|mensual(?:es)?|mensais|mensal|år(?:lig)?|év(?:ente)?|an|anual(?:es)?|yıl(?:lık)?|năm|ปี|לשנה|سنويا|año|ano|tim(?:me[n]?)?|time[n]?|óra|oră|ora|saat(?:lik)?|giờ|ชั่วโมง|לשעה|ساعة|hora|dag(?:en)?|nap|zi|gün(?:lük)?|ngày|วัน|ליום|يوم|día|dia|vecka|uge|uke|hét|săptămână|hafta(?:lık)?|tuần|สัปดาห์|semana|settimana|semaine|woche)(?:[^\p{L}]|$)`)

// localPeriodUnit names the unit of a period localPeriodAfter read.
func localPeriodUnit(w string) model.PayUnit {
	w = strings.ToLower(w)
	for _, p := range []struct {
		unit  model.PayUnit
		words []string
	}{
		{model.UnitMonth, []string{"mån", "mnd", "md", "hó", "hav", "lun", "ay", "tháng", "เดือน", "חודש", "לחודש", "شهر", "mes", "mensa"}},
		{model.UnitYear, []string{"år", "év", "an", "yıl", "năm", "ปี", "לשנה", "سنويا", "año", "ano"}},
		{model.UnitHour, []string{"tim", "time", "óra", "oră", "ora", "saat", "giờ", "ชั่วโมง", "לשעה", "ساعة", "hora"}},
		{model.UnitDay, []string{"dag", "nap", "zi", "gün", "ngày", "วัน", "ליום", "يوم", "día", "dia"}},
		{model.UnitWeek, []string{"vecka", "uge", "uke", "hét", "săpt", "hafta", "tuần", "สัปดาห์", "semana", "settimana", "semaine", "woche"}},
	} {
		for _, x := range p.words {
			if strings.HasPrefix(w, x) {
				return p.unit
			}
		}
	}
	return ""
}

// morePay (called in bestPay after the amounts with a currency are
// judged) corrects a pound that is Egyptian ("E£ 18,000") and, when no
// amount was pay, reads the marks above; best otherwise.
func morePay(text string, lenient bool, best *payCandidate) *payCandidate {
	if best != nil {
		if best.currency == "GBP" && best.start > 0 && text[best.start-1] == 'E' && strings.HasPrefix(text[best.start:], "£") {
			best.currency = "EGP"
			if c := egyptPoundRange(text, lenient, best); c != nil {
				return c // "E£150K - E£250K": the mark before each bound (pay_year_size.go)
			}
			if best.score < 3 && best.unit == model.UnitYear && !monthTooBig("EGP", best.min, best.max) {
				best.unit = model.UnitMonth // the pound's size rule read a year; pounds of Egypt are paid by the month
			}
		}
		if best.end < len(text) && !best.kSuffix {
			thousandAfter(text, best) // "R$ 5 mil", "$30 mil pesos"
		}
		if best.score < 3 && best.end < len(text) {
			laterPeriod(text, best) // "€ 800 a settimana", "2500 € netto"
		}
		return best
	}
	if len(text) > 20000 {
		text = text[:20000] // pay is stated near the top; a long text's tail is benefits and legal words
	}
	for _, i := range preMarkStarts(text) {
		m := markPreAt.FindStringSubmatchIndex(text[i:min(len(text), i+80)])
		if m == nil {
			continue
		}
		for j := range m {
			if m[j] >= 0 {
				m[j] += i
			}
		}
		spanishMarkedRangeEnd(text, m) // "entre Q9,500 y Q11,000" (pay_spanish_marked_range.go)
		if c := markCandidate(text, lenient, text[m[2]:m[3]], m[2], m[4], m[5], m[6], m[7], m[8], m[9], m[10], m[11], m[1]); c != nil {
			return c
		}
	}
	for _, m := range markPostAmount.FindAllStringSubmatchIndex(text, 6) {
		end := m[1]
		if strings.HasSuffix(text[:end], "ต่อ") {
			end -= len("ต่อ") // "บาทต่อเดือน": Thai glues "per" to the mark
		} else if strings.HasSuffix(text[:end], "ขึ้นไป") {
			end -= len("ขึ้นไป") // "บาทขึ้นไป", "baht and up": glued the same way
		}
		if c := markCandidate(text, lenient, group(text, m, 5), m[0], m[2], m[3], m[4], m[5], m[6], m[7], m[8], m[9], end); c != nil {
			return c
		}
	}
	return localMarksMorePay(text, lenient) // "7 000 DH", "2.000 KM", "Gs. 3.500.000" (pay_local_marks_more.go)
}

// markCandidate judges one amount or range with its mark: start and end
// bound the evidence, n1/n2 the figures, x1/x2 their multipliers (-1 when
// absent); nil when it is not pay.
func markCandidate(text string, lenient bool, mark string, start, n1a, n1b, x1a, x1b, n2a, n2b, x2a, x2b, end int) *payCandidate {
	cur, ok := markCurrency[mark]
	if !ok {
		cur, ok = markCurrency[strings.ToLower(mark)]
	}
	if !ok {
		return nil
	}
	if cur == "" || mark == ":-" || strings.EqualFold(mark, "kronor") {
		if cur = krCurrency(text, mark); cur == "" {
			return nil
		}
	}
	if isBsMark(mark) {
		if cur, ok = bsMarkCurrency(text, text[n1a:n1b], x1a >= 0); !ok {
			return nil // "Bs 3" (pay_boliviano_mark.go)
		}
	}
	for end > start && (text[end-1] == ' ' || text[end-1] < 0x80 && !isWordByte(text[end-1]) && text[end-1] != '.' && text[end-1] != '-' && text[end-1] != '$') {
		end-- // the byte after a closing mark
	}
	mul := func(a, b int) float64 {
		if a < 0 {
			return 1
		}
		return markMultiplier(text[a:b])
	}
	num := func(a, b int) float64 {
		v, big := parseAmount(strings.NewReplacer(" ", "", "\u00a0", "", "\u202f", "", "'", "", "’", "").Replace(text[a:b]), "")
		if big {
			return -1
		}
		return v
	}
	m1 := mul(x1a, x1b)
	lo := num(n1a, n1b) * m1
	hi, ranged := lo, false
	if n2a >= 0 {
		m2 := mul(x2a, x2b)
		if x1a < 0 && x2a >= 0 {
			lo *= m2 // "45 - 60 bin TL": the multiplier written once
		}
		hi, ranged = num(n2a, n2b)*m2, true
	}
	if hi < lo && lenient && markFallingRange(text, max(n1b, x1b), n2a, hi) {
		lo, hi = hi, lo // "RM16k - RM12k" in a pay field (pay_mark_falling.go)
	}
	var unit model.PayUnit
	p, pn := localPeriodAfter.FindStringSubmatchIndex(text[end:min(len(text), end+40)]), 0
	if p != nil {
		unit, pn = localPeriodUnit(text[end+p[2]:end+p[3]]), p[3]
	}
	if unit == "" {
		unit, pn, _ = worldPeriodAfter(text[end:min(len(text), end+60)]) // "lei/oră", "ש\"ח לשעה" (pay_periods_world.go)
	}
	if unit == "" && lo >= 100 {
		unit, pn = markShortPeriod(text[end:min(len(text), end+12)]) // "R12,000 p/m", "R8 500 pm + incentives" (pay_mark_short_period.go)
	}
	if unit == "" && lo < 100 && lo >= 5 {
		unit = markLabelHour(text, start) // "Pago por hora: S/ 15" (pay_labels_period_latam_asia.go)
	}
	if lo < 100 && (unit != model.UnitHour || lo < 5) || hi < lo {
		return nil // "R 4.2", "2 lei", "TL 3": a version, a count, a name; "50 ש\"ח לשעה" is a wage
	}
	if mark == "R" && !markThousands(text[n1a:n1b]) && x1a < 0 && !(unit == "" && unitAfter.FindStringIndex(text[end:min(len(text), end+40)]) != nil) {
		return nil // "R 2024", "R 500": "R" needs a salary-sized figure written with its thousands, or a period after it ("R350 per hour")
	}
	if mark == "Q" && !quetzalFigure(text[n1a:n1b], x1a >= 0) {
		return nil // "Q3 2025", "Q 4": a quarter (pay_quetzal_mark.go)
	}
	if mark == "RM" && !lenient {
		return nil // a room ("RM 204") in text; ringgitPay reads RM with a cue
	}
	digitsOnly := n2a < 0 && x1a < 0 && len(text[n1a:n1b]) == 4 && !strings.ContainsAny(text[n1a:n1b], ".,' ")
	m := money{start: start, end: end, min: lo, max: hi, currency: cur, ranged: ranged, kSuffix: x1a >= 0 || x2a >= 0, bare4: digitsOnly}
	// A local period after the amount is read before judge's English ones
	// ("Ft/hó" is a month, not "/h" an hour; "kr per månad" no price "per"
	// a thing), and judge then sees the amount with its period.
	if unit != "" {
		m.end, m.bare4 = end+pn, false
	}
	c, ok := judge(text, m, lenient || unit != "" || markPayCue(text, start) || prestacionesAfter.MatchString(text[end:min(len(text), end+30)]))
	if !ok {
		return nil
	}
	if unit != "" {
		c.unit, c.score = unit, 3
	}
	switch {
	case c.score < 3 && monthlyCurrencies[cur] && c.max > 250 && !(c.score == 2 && c.unit == model.UnitProject):
		c.unit = model.UnitMonth // judge's size rule read it as a year; a budget label's project stays ("Bütçe: 5.000 TL", pay_gig_budget.go)
		if monthTooBig(cur, c.min, c.max) {
			c.unit = model.UnitYear // "zł90K - zł130K": no month pays that (pay_year_size.go)
		}
	case c.score < 3 && (cur == "SEK" || cur == "DKK") && c.max > 250:
		c.unit = model.UnitMonth // "32 000 kr": a month's, "540 000 kr" a year's
		if c.max >= 100000 {
			c.unit = model.UnitYear
		}
	}
	return &c
}

// markThousands reports a figure written with its thousands ("25 000",
// "450,000") or of five digits or more.
func markThousands(n string) bool {
	digits := 0
	for i := 0; i < len(n); i++ {
		if isDigit(n[i]) {
			digits++
		}
	}
	return digits >= 5 || strings.ContainsAny(n, " ,.\u00a0")
}

// markPayWord is a pay word in the languages of these marks before an
// amount: Swedish, Danish and Norwegian "lön", "løn", "lønn"; Hungarian
// "bér", "fizetés"; Romanian "salariu"; Turkish "maaş", "ücret";
// Vietnamese "lương"; Thai "เงินเดือน"; Hebrew "שכר"; Arabic "راتب";
// Spanish and Portuguese "sueldo", "salario", "salário", "remuneración";
// Hindi "वेतन"; English "salary", "pay".
var markPayWord = regexp.MustCompile(`(?i)(?:lön|løn|lønn|bér|fizetés|salariu|maaş|ücret|lương|เงินเดือน|שכר|راتب|sueldo|salario|salário|remuneraci[oó]n|vencimento|वेतन|salary|pay|wage)`)

// markPayCue reports a pay word in the 50 bytes before an amount.
func markPayCue(text string, start int) bool {
	before := text[max(0, start-50):start]
	if markPayWord.MatchString(before) || internAllowanceBefore(before) { // "Allowance: RM 1,000" (pay_intern_allowance.go)
		return true
	}
	_, ok := worldPayLabel(before) // "Palkka:", "Μισθός:" (pay_labels_world.go)
	return ok
}

// grossNetAfter is "gross" or "net" right after an amount, in the
// languages of Europe: "2500 € netto", "3200 € bruto", "4000 lei brut".
var grossNetAfter = regexp.MustCompile(`(?i)^\s*(?:` + grossNetWords + `|net)(?:[^\p{L}]|$)`)

// grossNetWords are "gross" and "net" in the languages of Europe, without
// the English "net" ("$500 net of fees"), which only grossNetAfter reads.
const grossNetWords = `brutto|netto|bruto|neto|brut|bruttó|nettó|lordo|lordi|netti|gross`

// laterPeriod reads, for an amount judge found no period for, a local
// period written after it (localPeriodAfter: "a settimana", "/hó"), else a
// gross or net figure of a month's size as a month's pay (salaries quoted
// gross or net with no period are monthly where they are so written).
func laterPeriod(text string, c *payCandidate) {
	after := text[c.end:min(len(text), c.end+40)]
	if p := localPeriodAfter.FindStringSubmatchIndex(after); p != nil {
		if u := localPeriodUnit(after[p[2]:p[3]]); u != "" {
			c.unit, c.score = u, 3
			c.end += p[3]
			return
		}
	}
	if c.unit == model.UnitProject && c.min >= 500 && c.max < 15000 && (grossNetAfter.MatchString(after) || worldGrossNetAfter(after) || salaryExtrasAfter.MatchString(after)) { // extras: pay_extras_month.go
		c.unit = model.UnitMonth
	}
}

// milAfter is the Spanish or Portuguese "mil" (thousand) right after an
// amount, not "mil millones" or "milhões" (a billion, millions); pesosAfter
// names pesos after it.
var (
	milAfter   = regexp.MustCompile(`^[ \x{00a0}]?mil(?:[^\p{L}]|$)`)
	milBig     = regexp.MustCompile(`(?i)^[ \x{00a0}]?mil\s+(?:mill|milh|bill)`)
	pesosAfter = regexp.MustCompile(`(?i)^\s*(?:pesos|mxn|cop|clp|ars)\b`)
)

// milCurrencies are the currencies whose amounts "mil" multiplies: those
// of countries that write Spanish or Portuguese.
var milCurrencies = map[string]bool{"BRL": true, "MXN": true, "COP": true, "CLP": true, "ARS": true, "PEN": true, "UYU": true}

// thousandAfter multiplies an amount written with "mil" after it by a
// thousand ("R$ 5 mil" is R$ 5,000), reading its period again from its
// size when none was written; "$ … mil pesos" is no US dollar but the
// peso of the text's country (pesoCurrency).
func thousandAfter(text string, c *payCandidate) {
	after := text[c.end:]
	if c.max >= 1000 || !milAfter.MatchString(after) || milBig.MatchString(after) {
		return
	}
	n := strings.Index(after, "mil") + 3
	switch {
	case milCurrencies[c.currency]:
	case c.currency == "USD" && pesosAfter.MatchString(after[n:]):
		c.currency = pesoCurrency(text)
	default:
		return // "$5 mil" in English is five million, a size and no pay here
	}
	c.min, c.max = c.min*1000, c.max*1000
	c.end += n
	milRangeMax(text, c) // "R$ 3 mil a R$ 5 mil" (pay_text_more_languages.go)
	if c.score < 3 {
		if p := localPeriodAfter.FindStringSubmatchIndex(text[c.end:min(len(text), c.end+40)]); p != nil {
			if u := localPeriodUnit(text[c.end+p[2] : c.end+p[3]]); u != "" {
				c.unit, c.score, c.end = u, 3, c.end+p[3]
				return
			}
		}
		c.unit = sizeUnit(c.money)
	} else if c.unit == model.UnitHour && c.max >= 1000 {
		c.unit = sizeUnit(c.money) // "$30 mil/hora" is no rate: read by the size
	}
}

// pesoCurrency names the peso of the country a text names: Mexico,
// Colombia, Chile, Argentina, Uruguay; the Mexican peso when it names
// none (the largest of the peso job markets).
func pesoCurrency(text string) string {
	switch {
	case containsFold(text, "colombia") || containsFold(text, "bogot") || containsFold(text, "medell") || strings.Contains(text, "COP"):
		return "COP"
	case containsFold(text, "chile") || containsFold(text, "santiago") || strings.Contains(text, "CLP"):
		return "CLP"
	case containsFold(text, "argentin") || containsFold(text, "buenos aires") || strings.Contains(text, "ARS"):
		return "ARS"
	case containsFold(text, "uruguay") || containsFold(text, "montevideo"):
		return "UYU"
	}
	return "MXN"
}
