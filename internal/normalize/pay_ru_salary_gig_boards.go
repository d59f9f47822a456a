package normalize

import (
	"regexp"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/gigscout/gigscout/internal/model"
)

// Pay on freelance marketplaces, gig boards and boards
// outside the English-speaking world.
//
//   - Russian vacancy posts (Telegram channels, hh-like boards) name the
//     salary with a label ("ЗП", "з/п", "зарплата", "вилка", "уровень
//     дохода", "оклад") and give the amount with or without a currency:
//     "ЗП: от 3 000$ до 5 000$", "вилка 160000-190000 рублей", "з/п 170 000
//     250 000 руб.", "зарплата до 250 тыс. на руки". With no currency the
//     amount is in roubles; with no period it is a month's (ruSalaryPay).
//   - Kwork-like order boards give the buyer's wished budget and the
//     ceiling the board allows: "Желаемый бюджет: до 5 000 ₽ Допустимый:
//     до 15 000 ₽" is an order budget from 5,000 to 15,000 (kworkBudgetPay).
//   - Indian internship stipends with no period are a month's: "Stipend:
//     ₹30,000", "Stipend range- Rs 5000 - Rs 10000" (stipendTierUnit).
//   - A budget tier named a project before the amount ("Micro Project (₹600
//     - 1500 INR)") is a project's (stipendTierUnit).
//   - A client's money spent on the board ("$180 total spent"), a match "on
//     the dollar" and a monthly wellness benefit are no pay (spendOrPerkAfter).

// ruSalaryLabel is a Russian salary label; the amount follows it ("Оплата:
// 3200 ₽ за смену" is pay, as "оплата труда" is).
var ruSalaryLabel = regexp.MustCompile(`(?i)(?:зарплатн\S*\s+вилк\S*|зарплат\S*|заработн\S*\s+плат\S*|з\s?/\s?п\.?|зп\.?|вилк[аиу]|уровень\s+(?:з\s?/\s?п|дохода|зарплаты)|доход\S*|оклад\S*|оплат[аыу](?:\s+труда)?)`)

// ruAmountAt reads one amount at the start of s: an optional bound word
// ("от", "від", "до"), a currency sign, the figure (grouped by spaces or
// points, or a decimal before a thousands word), a thousands word and a
// currency after it.
var ruAmountAt = regexp.MustCompile(`(?i)^[\s:–—-]{0,4}(?:(от|від|до|из)\s*)?(\$|€|₸|₽|usd\s|eur\s)?\s*(\d{1,3}(?:(?:[  ]|\.\s?)\d{3})+|\d{1,3}[.,]\d{1,2}|\d+)\s*(к|k|тысяч\S*|тыс\.?|` + ruMoreThousands + `)?(?:\s*(\$|€|usd|eur|` + ruMoreCurrencies + `р\.|руб(?:лей|ля|лю|ль|\.)?|₽|долл\S*|евро|грн\.?|гривен\S*|тенге|тг|₸|р))?`)

// ruRangeJoin joins the two ends of a range: a dash, "до" or a space.
var ruRangeJoin = regexp.MustCompile(`^\s*(?:-|–|—|до|по)?\s*`)

// ruPeriodAfter is a period after a Russian amount.
var ruPeriodAfter = regexp.MustCompile(`(?i)^[\s.,]*(?:net|gross|нетто|гросс|на руки)?[\s.,]*(?:в|/|за|per)\s*(час|ч\.|мес\S*|месяц|год|день|смену)`)

// ruAmount is one amount ruAmountAt read.
type ruAmount struct {
	v          float64
	thousands  bool
	cur, bound string
	end        int
}

// ruParseAmount reads an amount at s[i:]; ok is false when there is none.
// A run of space-grouped figures with a nonzero group after a "000" group
// is two figures ("170 000 250 000"): only the first is taken.
func ruParseAmount(s string, i int) (a ruAmount, ok bool) {
	m := ruAmountAt.FindStringSubmatchIndex(s[i:])
	if m == nil {
		return a, false
	}
	num := s[i+m[6] : i+m[7]]
	end := i + m[1]
	if v, ok := ruDecimalThousands(s, i, m); ok { // "от 2.5 тыс. BYN" (pay_ru_decimal_thousands.go)
		return v, true
	}
	if cut := ruDecimalCut(num); cut > 0 {
		m[1], m[8], m[10] = m[6]+cut, -1, -1
		num, end = num[:cut], i+m[1]
	}
	if cut := ruSplitGroups(num); cut > 0 {
		num = num[:cut]
		end = i + m[6] + cut
		m[8], m[10] = -1, -1 // the multiplier and currency belong to the next figure
	}
	digits := strings.Map(func(r rune) rune {
		if r >= '0' && r <= '9' {
			return r
		}
		return -1
	}, num)
	v, err := strconv.ParseFloat(digits, 64)
	if err != nil || v <= 0 {
		return a, false
	}
	a = ruAmount{v: v, end: end}
	if m[8] >= 0 {
		a.thousands = true
		a.v *= ruThousandsFactor(s[i+m[8] : i+m[9]]) // "1 млн" a million (pay_slavic_boards.go)
	}
	if ruWordGoesOn(s, i+m[1]) { // "300 трейдеров", "30000 рубрик": a longer word (pay_slavic_boards.go)
		return a, false
	}
	ruBoundCurrency(&a, s, i, m)
	return a, true
}

// ruBoundCurrency sets a's bound word and currency from ruAmountAt's match m
// at s[i:]: the currency before the figure, else the one after it.
func ruBoundCurrency(a *ruAmount, s string, i int, m []int) {
	if m[2] >= 0 {
		a.bound = strings.ToLower(s[i+m[2] : i+m[3]])
	}
	switch {
	case m[4] >= 0:
		a.cur = ruCurrency(s[i+m[4] : i+m[5]])
	case m[10] >= 0:
		a.cur = ruCurrency(s[i+m[10] : i+m[11]])
	}
}

// ruSplitGroups returns where a grouped figure holds a second figure (a
// nonzero group after a "000" group), or 0.
func ruSplitGroups(num string) int {
	zeros := false
	pos := 0
	for pos < len(num) {
		j := pos
		for j < len(num) && num[j] >= '0' && num[j] <= '9' {
			j++
		}
		g := num[pos:j]
		if zeros && g != "000" {
			// cut before the separator that led to this group
			k := pos
			for k > 0 && (num[k-1] < '0' || num[k-1] > '9') {
				k--
			}
			return k
		}
		if pos > 0 && g == "000" {
			zeros = true
		}
		for j < len(num) && (num[j] < '0' || num[j] > '9') {
			j++
		}
		pos = j
	}
	return 0
}

// ruCurrency is the ISO code of a currency mark or word after a Russian
// amount.
func ruCurrency(w string) string {
	w = strings.ToLower(strings.TrimSpace(w))
	switch {
	case w == "$" || strings.HasPrefix(w, "usd") || strings.HasPrefix(w, "дол") || strings.HasPrefix(w, "dollar"):
		return "USD"
	case w == "€" || strings.HasPrefix(w, "eur") || strings.HasPrefix(w, "евро"):
		return "EUR"
	case strings.HasPrefix(w, "грн") || strings.HasPrefix(w, "гривен") || strings.HasPrefix(w, "гривн"):
		return "UAH"
	case w == "₸" || w == "тг" || w == "тенге":
		return "KZT"
	case w == "br" || w == "byn" || strings.HasPrefix(w, "бел"):
		return "BYN" // Belarusian roubles (pay_slavic_boards.go)
	}
	return "RUB"
}

// ruSalaryPay (called at the end of bestPay) reads a salary after a
// Russian salary label. It replaces best when best is nil or lies inside
// the amount it read and gave no period of its own other than a month's.
func ruSalaryPay(text string, best *payCandidate) *payCandidate {
	if !hasCyrillic(text) {
		return best
	}
	for _, lm := range ruSalaryLabel.FindAllStringIndex(text, -1) {
		if lm[0] > 0 {
			if r, _ := utf8.DecodeLastRuneInString(text[:lm[0]]); r >= 'а' && r <= 'я' || r >= 'А' && r <= 'Я' || r == 'ё' {
				continue // inside a longer word
			}
		}
		c := ruSalaryAfter(text, lm[1])
		if c == nil {
			continue
		}
		if best == nil {
			if c.currency == "" {
				c.currency = "RUB"
			}
			return c
		}
		if best.start >= lm[0] && best.start <= c.end && (best.score < 3 || best.unit == c.unit) {
			if c.currency == "" {
				c.currency = best.currency // "Зарплата 450-700 тыс. тенге" read by cyrillicPay
			}
			return c
		}
		return best
	}
	if best == nil {
		return ruFromDollarsPay(text)
	}
	return best
}

// ruFromDollars is a dollar amount after a Ukrainian or Russian "from"
// with no label, closed by a comma or the end: "від $1500, віддалено".
var ruFromDollars = regexp.MustCompile(`(?:^|[\s,(])(?:від|от)\s*\$\s?(\d{3,5})\s*(?:,|$)`)

// ruFromDollarsPay reads ruFromDollars as a month's pay; nil when there
// is none.
func ruFromDollarsPay(text string) *payCandidate {
	m := ruFromDollars.FindStringSubmatchIndex(text)
	if m == nil {
		return nil
	}
	v, _ := strconv.ParseFloat(text[m[2]:m[3]], 64)
	if v < 300 || v > 20000 {
		return nil
	}
	start := m[0] + strings.IndexAny(text[m[0]:m[1]], "вВоО")
	return &payCandidate{money: money{start: start, end: m[3], min: v, max: v, currency: "USD"}, unit: model.UnitMonth, score: 1}
}

// ruSalaryAfter reads the amount or range right after a label ending at i.
func ruSalaryAfter(text string, i int) *payCandidate {
	// Allow a few filler words between label and amount ("уровень з/п от").
	j := i
	for n := 0; n < 2; n++ {
		rest := text[j:min(len(text), j+24)]
		t := strings.TrimLeft(rest, " :\t")
		if t == "" {
			return nil
		}
		if r, _ := utf8.DecodeRuneInString(t); r >= '0' && r <= '9' || r == '$' || r == '€' {
			break
		}
		// a bound word starts the amount
		if hasPrefixFold(t, "от") || hasPrefixFold(t, "до") || hasPrefixFold(t, "від") {
			break
		}
		sp := strings.IndexAny(t, " \t")
		if sp < 0 || sp > 16 || strings.HasPrefix(t, "компани") {
			return nil // "Доход компании 5 млн": the company's money (pay_slavic_boards.go)
		}
		j += len(rest) - len(t) + sp
	}
	a, ok := ruParseAmount(text, j)
	if !ok {
		return nil
	}
	start := j + strings.Index(text[j:a.end], strings.TrimLeft(text[j:a.end], " :\t–—-"))
	lo, hi := a.v, a.v
	cur, end := a.cur, a.end
	thousands1, thousands2 := a.thousands, false
	ranged := false
	if a.bound != "до" {
		k := end + len(ruRangeJoin.FindString(text[end:]))
		spaced := k > end || end > 0 && (text[end-1] == ' ' || text[end-1] == '\t')
		if b, ok := ruParseAmount(text, k); ok && b.bound == "" && spaced {
			hi, thousands2, ranged, end = b.v, b.thousands, true, b.end
			if cur == "" {
				cur = b.cur
			}
		} else if ok && b.bound == "до" && a.bound == "от" {
			hi, thousands2, ranged, end = b.v, b.thousands, true, b.end
			if cur == "" {
				cur = b.cur
			}
		}
	}
	if ranged {
		lo = roubleSharedThousands(lo, hi, thousands1, thousands2)
		if hi < lo {
			return nil
		}
	}
	unit := model.UnitMonth
	score := 2
	if pm := ruPeriodAfter.FindStringSubmatchIndex(text[end:min(len(text), end+30)]); pm != nil {
		switch w := strings.ToLower(text[end+pm[2] : end+pm[3]]); {
		case strings.HasPrefix(w, "ч"):
			unit = model.UnitHour
		case strings.HasPrefix(w, "мес"):
			unit = model.UnitMonth
		case w == "год":
			unit = model.UnitYear
		case w == "день" || w == "смену":
			unit = model.UnitDay
		}
		score = 3
	}
	if !ruPlausible(lo, hi, cur, unit, thousands1 || thousands2) {
		return nil
	}
	// With no currency the amount is in roubles, unless ruSalaryPay takes
	// another reader's currency for the same amount.
	return &payCandidate{money: money{start: start, end: end, min: lo, max: hi, currency: cur, ranged: ranged}, unit: unit, score: score}
}

// ruPlausible bounds a Russian salary by its currency and period: a
// month's roubles from 5,000 to 5,000,000, a month's dollars or euros from
// 300 to 50,000.
func ruPlausible(lo, hi float64, cur string, unit model.PayUnit, thousands bool) bool {
	if unit != model.UnitMonth {
		return lo > 0 && hi < 1e7
	}
	switch cur {
	case "RUB", "UAH", "KZT", "":
		return lo >= 5000 && hi <= 5e6
	}
	return lo >= 300 && hi <= 5e4
}

// kworkBudget is an order board's wished budget and the ceiling it
// allows: "Желаемый бюджет: до 5 000 ₽ Допустимый: до 15 000 ₽".
var kworkBudget = regexp.MustCompile(`(?i)желаемый\s+бюджет(?:\s+покупателя)?\s*:?\s*(?:до\s*)?(\d{1,3}(?:[  ]\d{3})+|\d+)\s*(₽|₸|руб\S*|тг|тенге)(?:[^\d]{0,30}?допустимый\s*:?\s*(?:до\s*)?(\d{1,3}(?:[  ]\d{3})+|\d+)\s*(₽|₸|руб\S*|тг|тенге))?`)

// kworkBudgetPay (called at the end of bestPay) reads kworkBudget: an
// order's budget, from the wished amount to the allowed one.
func kworkBudgetPay(text string, best *payCandidate) *payCandidate {
	if !strings.Contains(text, "елаемый") {
		return best
	}
	m := kworkBudget.FindStringSubmatchIndex(text)
	if m == nil {
		return best
	}
	lo, _ := parseAmount(strings.NewReplacer(" ", " ").Replace(group(text, m, 1)), "")
	hi := lo
	if m[6] >= 0 {
		hi, _ = parseAmount(strings.NewReplacer(" ", " ").Replace(group(text, m, 3)), "")
	}
	if lo <= 0 || hi < lo {
		return best
	}
	cur := "RUB"
	if w := group(text, m, 2); w == "₸" || strings.HasPrefix(strings.ToLower(w), "т") {
		cur = "KZT"
	}
	return &payCandidate{money: money{start: m[2], end: m[1], min: lo, max: hi, currency: cur, ranged: lo != hi}, unit: model.UnitProject, score: 3}
}

// stipendPeriodAfter is a period right after "₹5K stipend": "per month".
var stipendPeriodAfter = regexp.MustCompile(`(?i)^\s*(?:/|per|a|an|every)\s*(month|week|year|annum)\b`)

// inrLumpAfter is a stipend paid once: "for 3 months", "in total".
var inrLumpAfter = regexp.MustCompile(`(?i)^\s*(?:for\s+(?:the\s+)?(?:\d+|one|two|three|four|six)?\s*(?:months?|weeks?|project|internship|program|duration)|in total|total|one[- ]time|lump)`)

// projectTierBefore is a budget tier named a project right before the
// amount: "Micro Project (", "Small project: ".
var projectTierBefore = regexp.MustCompile(`(?i)\bproject\s*[(:]\s*$`)

// monthlyStipendINR reports an amount in rupees the size of an Indian
// internship's monthly stipend (₹1,000 to ₹3 lakh).
func monthlyStipendINR(v float64) bool { return v >= 1000 && v <= 3e5 }

// stipendTierUnit (called in bestPay's loop) corrects a candidate's unit: an
// Indian stipend with no period is a month's, a project tier's amount a
// project's.
func stipendTierUnit(text string, c *payCandidate) {
	if c.unit == model.UnitProject && c.currency == "INR" && monthlyStipendINR(c.max) {
		after := text[c.end:min(len(text), c.end+30)]
		if pm := stipendPeriodAfter.FindStringSubmatchIndex(after); pm != nil && containsFold(text[c.start:c.end], "stipend") {
			c.unit, c.score = unitWord(after[pm[2]:pm[3]]), 3
			c.end += pm[1]
			return
		}
		before := text[max(0, c.start-40):c.start]
		if c.score <= 2 && containsFold(before, "stipend") && !containsFold(before, "budget") && !containsFold(before, "fee") &&
			!containsFold(before, "project") && !inrLumpAfter.MatchString(after) {
			c.unit = model.UnitMonth
		}
		return
	}
	if c.score <= 2 && c.unit != model.UnitProject {
		before := text[max(0, c.start-24):c.start]
		if containsFold(before, "project") && projectTierBefore.MatchString(before) {
			c.unit, c.score = model.UnitProject, 2
		}
	}
}

// notPayAfter41 is what makes an amount no pay when it follows it: the
// client's spend on the board, a match on the dollar, a monthly benefit
// named on the amount's own line (a perk on the next line is another field).
var notPayAfter41 = regexp.MustCompile(`(?i)^\s*(?:\+\s*)?(?:(?:total\s+)?spent\b|on the dollar\b|(?:/|per|a)\s*(?:month|year|week)[ \t]+(?:wellness|gym|fitness|learning|phone|internet|home[- ]office|commuter|meal|food|health)\s+(?:benefit|stipend|allowance|budget|credit))`)

// spendOrPerkAfter (called in judge with the rejections) reports notPayAfter41.
func spendOrPerkAfter(after string) bool {
	a := strings.TrimLeft(after, " +")
	if a == "" {
		return false
	}
	switch a[0] {
	case 's', 'S', 't', 'T', 'o', 'O', '/', 'p', 'P', 'a', 'A':
		return notPayAfter41.MatchString(after)
	}
	return false
}

// ruGigDeadline is an order's deadline in days or hours ("Срок: 3 дня",
// "Срок выполнения: 5 дней"): a freelance order, not a vacancy.
var ruGigDeadline = regexp.MustCompile(`Срок(?:\s+выполнения)?\s*:\s*\d+\s*(?:д|ч)`)

// ruGigListing (called in gigListing) reports ruGigDeadline in a listing's
// text.
func ruGigListing(head string) bool {
	return strings.Contains(head, "Срок") && ruGigDeadline.MatchString(head) || slavicGigCue(head) // (pay_text_more_languages.go)
}

// gigBoardTypes are freelance boards' own project types as their APIs
// spell them ("project_only", "Project only", "fixed_price", "hourly
// project"): the listing is a piece of work, not a post.
var gigBoardTypes = map[string]model.JobType{
	"projectonly": model.TypeProject, "fixedpricejob": model.TypeProject, "fixedbudget": model.TypeProject,
	"onetime": model.TypeProject, "singleproject": model.TypeProject,
}

func init() { addEmploymentTypes(gigBoardTypes) }

// stipendOutranks (called in bestPay's loop) reports that c, a rupee
// amount named a stipend, outranks best, a rupee package named no stipend
// with no better score: "CTC ₹6,00,000/annum. Stipend ₹15,000/month." pays
// the intern the stipend.
func stipendOutranks(text string, best, c *payCandidate) bool {
	if best == nil || c.currency != "INR" || best.currency != "INR" || c.score < best.score {
		return false
	}
	cb := text[max(0, c.start-24):c.start]
	bb := text[max(0, best.start-24):best.start]
	return containsFold(cb, "stipend") && !containsFold(bb, "stipend")
}

// deadlineOrderHour (called in gigProjectPay) reports an hour's pay read
// from the size alone ("$200") in an order with a deadline in days ("Срок:
// 3 дня"): a fixed budget, as a month's size is in any gig listing. Amounts
// under 50 stay an hour's.
func deadlineOrderHour(pay *model.Pay, l *model.Listing) bool {
	if pay.Unit != model.UnitHour || pay.Min < 50 {
		return false
	}
	head := l.Text
	if len(head) > 4000 {
		head = head[:4000]
	}
	return ruGigListing(head)
}
