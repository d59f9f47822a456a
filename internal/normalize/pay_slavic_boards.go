package normalize

import (
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/gigscout/gigscout/internal/model"
)

// Pay on Russian, Ukrainian, Belarusian, Polish and
// Czech boards.
//
//   - Russian thousands words besides "к" and "тыс": "т.р.", "тр", "тыр"
//     (thousand roubles) and "млн" (a million): "ЗП от 300тр", "300-500
//     т.р.", "ЗП от 1 млн руб" (ruMoreThousands, read by ruAmountAt).
//   - Belarusian roubles: "2 000 Br за месяц", "до 3 000 BYN", "3 000–5 000
//     бел. руб" (ruMoreCurrencies); a bare "р" after a figure is roubles.
//   - A pay field on a Russian-language board that holds only an amount,
//     with or without a bound word, a currency or "на руки"/"gross": "от 200
//     000 до 300 000", "Net 140 000", "до 2000 EUR на руки" (ruFieldPay;
//     cyrillicListingPay for the fields with no Cyrillic letter in them).
//   - Running text with a Russian thousands word and a rouble mark or a pay
//     word before it: "Senior Python — 200-300к рублей" (ruKiloTextPay).

// ruMoreThousands are thousands words ruAmountAt reads besides "к" and
// "тыс": "т.р.", "тр", "тыр", and "млн" for a million.
const ruMoreThousands = `т\.\s?р\.?|тр|тыр|млн\.?|` + uaThousands

// ruMoreCurrencies are currency marks ruAmountAt reads besides roubles,
// hryvnia, tenge, dollars and euros: Belarusian roubles and the written
// dollar and euro.
const ruMoreCurrencies = `бел\.?\s*руб\S*|br\b|byn|dollars?|euros?|` + uaCurrencies

// ruThousandsFactor is the factor of a thousands word ruAmountAt read.
func ruThousandsFactor(w string) float64 {
	if strings.HasPrefix(strings.ToLower(w), "млн") {
		return 1e6
	}
	return 1e3
}

// ruWordGoesOn reports that the amount ruAmountAt read ends inside a
// word: its last byte is a letter and a letter follows ("300 трейдеров"
// read as "300 тр").
func ruWordGoesOn(s string, end int) bool {
	if end <= 0 || end >= len(s) {
		return false
	}
	last, _ := utf8.DecodeLastRuneInString(s[:end])
	next, _ := utf8.DecodeRuneInString(s[end:])
	return unicode.IsLetter(last) && unicode.IsLetter(next)
}

// ruFieldLead is what may come before the amount in a Russian pay field:
// a pay word, "на руки", gross or net.
var ruFieldLead = regexp.MustCompile(`(?i)^\s*(?:(?:зарплата|заробітна плата|з\s?/\s?п|зп|оклад|годовой доход|доход|ставка|брутто|нетто|гросс|gross|net|на руки|до вычета налогов)[\s:]*){0,2}`)

// ruFieldPay (called at the end of bestPay) reads a pay field on a
// Russian-language board (a Cyrillic letter, or "BYN"/"Br") that holds
// an amount or range as ruSalaryAfter reads it from the field's start. It
// replaces best when best is nil or a guess from the size that lies inside
// what it read.
func ruFieldPay(text string, lenient bool, best *payCandidate) *payCandidate {
	if !lenient || len(text) > 120 || !hasCyrillic(text) && !strings.Contains(text, "BYN") && !strings.Contains(text, "Br") {
		return best
	}
	if best != nil && best.score >= 3 {
		return best
	}
	c := ruFieldAmount(text)
	if c == nil {
		return best
	}
	if c.score < 3 && (c.currency == "USD" || c.currency == "EUR") && c.max > 2e4 {
		c.unit = model.UnitYear // "от 50 000 eur": a year's
	}
	if best == nil {
		if c.currency == "" {
			c.currency = cyrillicDefaultCurrency(text)
		}
		return c
	}
	if best.start >= c.start && best.start < c.end && (c.currency == "" || c.currency == best.currency) {
		c.currency = best.currency
		return c
	}
	return best
}

// ruFieldAmount reads the amount or range at the start of a pay field
// (after ruFieldLead); nil when there is none or something else leads.
func ruFieldAmount(text string) *payCandidate {
	lead := ruFieldLead.FindString(text)
	i := len(lead)
	c := ruSalaryAfter(text, i)
	if c == nil || strings.Trim(text[i:c.start], " :\t") != "" {
		return nil // "Бюджет: 25 000 руб.": another word before the amount
	}
	if ruAnnual(lead, text[c.end:]) {
		c.unit, c.score = model.UnitYear, 3
	}
	if rest := strings.TrimSpace(text[c.end:]); strings.HasPrefix(rest, "%") || strings.HasPrefix(strings.ToLower(rest), "лет") {
		return nil
	}
	return c
}

// ruKilo finds an amount with a Russian thousands word in running text:
// "200-300к", "от 300тр", "350-550 тыс.", "1 млн".
var ruKilo = regexp.MustCompile(`(?:(?:от|до|від)\s*)?\d{1,3}(?:[.,]\d)?\s*(?:(?:-|–|—|до)\s*\d{1,3}(?:[.,]\d)?\s*)?(?:к|тыс|т\.\s?р|тр|тыр|млн)`)

// ruKiloCue is a rouble mark right after such an amount.
var ruKiloCue = regexp.MustCompile(`(?i)^\S*\s*(?:руб|₽|р\.)`)

// ruKiloTextPay (called at the end of bestPay) reads ruKilo in running
// text when nothing else was read: with a rouble mark after it, a pay
// word before it, or as all the text there is ("250к").
func ruKiloTextPay(text string, lenient bool, best *payCandidate) *payCandidate {
	if best != nil || !hasCyrillic(text) {
		return best
	}
	for _, m := range ruKilo.FindAllStringIndex(text, 4) {
		if m[0] > 0 {
			if r, _ := utf8.DecodeLastRuneInString(text[:m[0]]); unicode.IsLetter(r) || unicode.IsDigit(r) {
				continue
			}
		}
		c := ruSalaryAfter(text, m[0])
		if c == nil {
			continue
		}
		before := text[max(0, m[0]-40):m[0]]
		if strings.Contains(before, "юджет") || strings.Contains(before, "компани") {
			continue // "Бюджет проекта 300к/руб", "Доход компании 5 млн руб": not the worker's pay
		}
		if ruAnnual(before, text[c.end:]) {
			c.unit, c.score = model.UnitYear, 3 // "от 1 млн руб годовых"
		}
		if !(lenient || len(strings.TrimSpace(text)) <= 12 || ruKiloCue.MatchString(text[m[1]:]) || cyrillicPayWord.MatchString(before) || ruSalaryLabel.MatchString(before)) {
			continue
		}
		if c.currency == "" {
			c.currency = cyrillicDefaultCurrency(text)
		}
		return c
	}
	return best
}

// ruAnnual reports a year's pay named before the amount ("Годовой доход")
// or right after it ("годовых", "в год").
func ruAnnual(before, after string) bool {
	after = strings.TrimLeft(after, " ,.")
	return strings.Contains(strings.ToLower(before), "годов") || strings.HasPrefix(after, "годовых") || strings.HasPrefix(after, "в год")
}

// cyrillicListing reports a listing written in Russian or Ukrainian: its
// title or pay field holds a Cyrillic letter.
func cyrillicListing(l *model.Listing) bool {
	return hasCyrillic(l.Title) || hasCyrillic(l.PayText)
}

// ruFieldExtra is what a pay field may hold besides an amount without
// naming a period or a kind of pay (periodUnstated): net, gross.
var ruFieldExtra = regexp.MustCompile(`(?i)\b(?:net|gross)\b|на руки|до вычета налогов`)

// cyrillicListingPay (called in Normalize after placePeriod) reads the
// pay field of a Russian-language listing with no place: a field that is
// only an amount is a month's pay in roubles (hryvnia on a Ukrainian
// board), and a dollar or euro amount whose period came from its size
// alone is a month's, not an order's fee. Gig listings keep their budget.
func cyrillicListingPay(pay *model.Pay, l *model.Listing) *model.Pay {
	if l.PayText == "" || len(l.PayText) > 120 || !cyrillicListing(l) || !unplacedForPay(l) || gigListing(l) || ruOrderTitle.MatchString(l.Title) {
		return pay
	}
	if pay != nil && (pay.Source != model.FromText || pay.Evidence == nil || pay.Evidence.Field != "pay_text") {
		return pay
	}
	if !periodUnstated(ruFieldExtra.ReplaceAllString(l.PayText, " ")) {
		return pay
	}
	marked := pay != nil && (len(currencyMarkers(pay.Evidence.Text)) > 0 || strings.ContainsAny(pay.Evidence.Text, "₽€$£¥₸") || codeAfterNamed(pay.Evidence.Text))
	if pay == nil || !marked {
		c := ruFieldAmount(l.PayText)
		if c == nil {
			return pay
		}
		cur := c.currency
		if cur == "" {
			cur = cyrillicDefaultCurrency(l.Title + " " + l.PayText)
		}
		return &model.Pay{Min: c.min, Max: c.max, Currency: cur, Unit: c.unit, Source: model.FromText,
			Evidence: &model.Span{Field: "pay_text", Start: c.start, End: c.end, Text: l.PayText[c.start:c.end]}}
	}
	if pay.Unit == model.UnitProject && (pay.Currency == "USD" || pay.Currency == "EUR") && pay.Max >= 300 && pay.Max <= 5e4 {
		pay.Unit = model.UnitMonth
	}
	return pay
}

// ruOrderTitle is an order's title on a freelance board: it starts with
// what is wanted done ("Нужен логотип", "Сделать лендинг", "Написать бота").
var ruOrderTitle = regexp.MustCompile(`^\s*(?:[Нн]ужн[оаы]?|[Сс]делать|[Сс]оздать|[Рр]азработать|[Нн]аписать|[Нн]астроить|[Дд]оработать|[Ии]справить|[Нн]арисовать|[Сс]верстать|[Пп]еревести|[Тт]ребуется сделать)\s`)

// unplacedForPay reports a listing whose place names no currency
// (listingCurrency gives dollars when it knows no place).
func unplacedForPay(l *model.Listing) bool {
	cur := listingCurrency(l)
	return cur == "" || cur == "USD" && len(l.Locations) == 0 && len(l.RemoteRegions) == 0
}

// cyrillicDefaultCurrency is the currency of an amount with none in
// Cyrillic text: hryvnia in Ukrainian (ukrainianLetters), else roubles.
func cyrillicDefaultCurrency(s string) string {
	if ukrainianLetters(s) {
		return "UAH"
	}
	return "RUB"
}

// ukrainianLetters reports a letter only Ukrainian uses (і, ї, є, ґ).
func ukrainianLetters(s string) bool {
	return strings.ContainsAny(s, "іїєґІЇЄҐ")
}

// plField is a Polish pay field: an amount or range in złoty with an
// optional "od"/"do" bound, "k", "+" for an open top, "?" for an unknown
// end, ".." or "to" between the ends, and the words after the currency
// (plFieldRest): "15 000+ PLN UOP", "15000-? PLN", "20-26k zl net b2b",
// "800 PLN MD", "26000–36000złbrutto/mies.".
var plField = regexp.MustCompile(`(?i)^\s*(?:(od|do|up to)\s+)?(\d{1,3}(?:[  ]\d{3})+|\d+(?:[.,]\d+)?)\s*(k)?\s*(\+)?\s*(?:(?:-|–|—|\.\.|to|do)\s*(\?|\d{1,3}(?:[  ]\d{3})+|\d+(?:[.,]\d+)?)\s*(k)?)?\s*(?:pln|zł|zl)`)

// plFieldRest are the words a Polish pay field may hold after the
// currency: contract kinds, net or gross, VAT, and the period.
var plFieldRest = regexp.MustCompile(`(?i)\(?\s*zal\.?\s+od\s+umowy\s*\)?|\(?\s*\+\s*vat\s*\)?|\(|\)|\b(?:b2b|uop|uod|uz|netto|net|brutto|gross|umowa o prac[eę]|umowa zlecenie|umowa o dzie[lł]o|kontrakt)\b|(?:/\s*|\bza\s+|\bna\s+)?(?:mies(?:i[aą]c)?\.?|m-c|msc\.?|godz(?:in[eę])?\.?|h\b|rok\b|rocznie|dzie[nń]|tydzie[nń]|md\b)|[\s,;./-]+`)

// plFieldPay (called at the end of bestPay) reads plField in a pay field
// when nothing else was read; with no period it is a month's pay, or a
// year's from 200,000 złoty. It also makes a size-guessed month of
// 200,000 złoty or more a year's ("250 000 PLN").
func plFieldPay(text string, lenient bool, best *payCandidate) *payCandidate {
	if !lenient || len(text) > 80 || !(strings.Contains(text, "PLN") || strings.Contains(text, "pln") || strings.Contains(text, "zł") || strings.Contains(text, "zl") || strings.Contains(text, "ZŁ")) {
		return best
	}
	if best != nil {
		if best.currency == "PLN" && best.score == 0 && best.unit == model.UnitMonth && best.max >= 2e5 && best.max < 1e6 {
			best.unit = model.UnitYear
		}
		return best
	}
	m := plField.FindStringSubmatchIndex(text)
	if m == nil {
		return plFieldAfterLead(text, lenient) // "permanent: 8000 - 16000 pln" (pay_pl_contract_lead.go)
	}
	rest := text[m[1]:]
	if strings.TrimSpace(plFieldRest.ReplaceAllString(rest, "")) != "" {
		return nil // more than contract and period words
	}
	lo, _ := parseAmount(group(text, m, 2), group(text, m, 3))
	hi := lo
	if m[10] >= 0 && group(text, m, 5) != "?" {
		hi, _ = parseAmount(group(text, m, 5), group(text, m, 6))
		if m[6] < 0 && m[12] >= 0 && lo < 1000 {
			lo *= 1000 // "20-26k": the k for both ends
		}
	}
	if lo <= 0 || hi <= 0 {
		return nil
	}
	if strings.EqualFold(group(text, m, 1), "do") || strings.EqualFold(group(text, m, 1), "up to") {
		lo = hi
	}
	lo, hi = min(lo, hi), max(lo, hi)
	c := &payCandidate{money: money{start: m[4], end: m[1], min: lo, max: hi, currency: "PLN", ranged: lo != hi}, unit: model.UnitMonth, score: 2}
	if m[2] >= 0 {
		c.start = m[2] // "od 18 000 PLN": from the bound word
	}
	r := strings.ToLower(rest)
	switch {
	case strings.Contains(r, "godz") || strings.Contains(r, "/h") || strings.Contains(r, "/ h"):
		c.unit, c.score = model.UnitHour, 3
	case strings.Contains(r, "md") || strings.Contains(r, "dzie"):
		c.unit, c.score = model.UnitDay, 3
	case strings.Contains(r, "tydzie"):
		c.unit, c.score = model.UnitWeek, 3
	case strings.Contains(r, "rok"):
		c.unit, c.score = model.UnitYear, 3
	case strings.Contains(r, "mies") || strings.Contains(r, "m-c") || strings.Contains(r, "msc"):
		c.score = 3
	case hi >= 2e5:
		c.unit = model.UnitYear
	}
	if c.unit == model.UnitMonth && (lo < 1000 || hi > 2e5) || c.unit == model.UnitHour && hi > 2000 || c.unit == model.UnitYear && hi >= 1e6 {
		return nil
	}
	return c
}

// ruHourlyWord (called at the end of bestPay) makes an amount with no
// period of its own an hour's when "почасовая" (hourly) comes shortly
// before it: "почасовая ставка 1000 руб".
func ruHourlyWord(text string, best *payCandidate) *payCandidate {
	if best == nil || best.score >= 3 || !strings.Contains(text, "очасов") {
		return best
	}
	if i := strings.LastIndex(text[:best.start], "очасов"); i >= 0 && best.start-i <= 40 {
		best.unit = model.UnitHour
	}
	return best
}

// roubleWordGoesOn (called in the money scanner) reports that "руб" starts
// a longer word that is no rouble form: "рубрик", "рубеж". The rouble's
// forms go on with "л" (рубль, рублей, рубля) or stop.
func roubleWordGoesOn(rest string) bool {
	r, _ := utf8.DecodeRuneInString(rest)
	return r != 'л' && r >= 'а' && r <= 'я'
}
