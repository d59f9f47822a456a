package normalize

import (
	"regexp"
	"strings"

	"github.com/gigscout/gigscout/internal/model"
)

// localMarkAmount is an amount or range after a local currency mark that
// no code or sign names: the Norwegian "kr", the Nepali "NRs", the Kenyan
// "KShs"/"KSh": "Lønn: kr 600 000 – 750 000 per år", "NRs 60,000 - 90,000
// / Month", "SALARY KSHS 80,000 - 120,000"; thousands may be written with
// a "k" ("KSh 35K - 45K").
var localMarkAmount = regexp.MustCompile(`(?i)(?:^|[^\p{L}])(kr\.?|n\.?rs\.?|kshs?\.?|ksh\.?|tshs?\.?|ushs?\.?|tk\.?)[ \x{00a0}]?(\d{1,3}[kK]\b|\d{1,3}(?:[ .,\x{00a0}]\d{3})+|\d{3,7})(?:\s*(?:-|–|—|to|til)\s*(?:kr\.?|n\.?rs\.?|kshs?\.?|tshs?\.?|ushs?\.?|tk\.?)?[ \x{00a0}]?(\d{1,3}[kK]\b|\d{1,3}(?:[ .,\x{00a0}]\d{3})+|\d{3,7}))?`)

// norwegianPeriod is a Norwegian period after the amount: "per år",
// "pr. år", "/år", "årlig" a year; "per måned", "pr. mnd." a month; "per
// time", "i timen" an hour. A currency code in brackets may come first.
var norwegianPeriod = regexp.MustCompile(`(?i)^\s*(?:\(?nok\)?\s*)?(?:(?:per|pr\.?|/)\s*(år|måned|mnd\.?|time)|(årlig|i året|i måneden|i timen))`)

// localMarkCurrency names the currency of a local mark, or "" when the text
// does not say which "kr" it is: Norwegian pay words make it the krone
// (Danish and Swedish "kr" are left to the place, see placePeriod).
func localMarkCurrency(mark, text string) string {
	switch m := strings.ToLower(strings.TrimRight(mark, ".")); {
	case strings.HasPrefix(m, "k") && m != "kr":
		return "KES"
	case strings.HasPrefix(m, "n"):
		return "NPR"
	case m == "tk":
		return "BDT" // the Bangladeshi taka: "Tk. 25000 - 35000 (Monthly)"
	case strings.HasPrefix(m, "tsh"):
		return "TZS" // the Tanzanian shilling: "Tshs 600,000 kwa mwezi"
	case strings.HasPrefix(m, "ush"):
		return "UGX" // the Ugandan shilling: "USh 1,500,000"
	}
	if containsFold(text, "lønn") || strings.Contains(text, "NOK") || containsFold(text, "årslønn") {
		return "NOK"
	}
	return ""
}

// localMarkPay reads pay after a local currency mark when no other amount
// was pay; nil when there is none. Kenyan and Nepali pay stated with no
// period is a month's (their boards quote by the month); Norwegian pay with
// no period is a year's from 100,000 kroner up and a month's below.
func localMarkPay(text string, lenient bool) *payCandidate {
	if !hasLocalMark(text) {
		return nil
	}
	for _, m := range localMarkAmount.FindAllStringSubmatchIndex(text, 4) {
		cur := localMarkCurrency(text[m[2]:m[3]], text)
		if cur == "" {
			continue
		}
		lo, big := localMarkNumber(text[m[4]:m[5]])
		hi, big2 := lo, false
		if m[6] >= 0 {
			hi, big2 = localMarkNumber(text[m[6]:m[7]])
		}
		if big || big2 || lo < 100 || hi < lo {
			continue
		}
		end := m[1]
		after := text[end:min(len(text), end+40)]
		unit := model.PayUnit("")
		if p := norwegianPeriod.FindStringSubmatch(after); p != nil && cur == "NOK" {
			end += len(p[0]) // "per måned" is no price "per" a thing (perOther)
			switch w := strings.ToLower(p[1] + p[2]); {
			case strings.Contains(w, "år"):
				unit = model.UnitYear
			case strings.Contains(w, "time"):
				unit = model.UnitHour
			default:
				unit = model.UnitMonth
			}
		}
		c, ok := judge(text, money{start: m[2], end: end, min: lo, max: hi, currency: cur, ranged: m[6] >= 0}, lenient)
		if !ok {
			continue
		}
		if unit != "" {
			c.unit = unit
		}
		if c.unit == "" {
			c.unit = model.UnitMonth
			if cur == "NOK" && lo >= 100000 {
				c.unit = model.UnitYear
			}
		}
		return &c
	}
	return nil
}

// localMarkNumber parses one end of localMarkAmount: thousands written
// with a "k" ("Ksh 45K") or in full.
func localMarkNumber(s string) (float64, bool) {
	if n := len(s); n > 1 && (s[n-1] == 'k' || s[n-1] == 'K') {
		v, big := parseAmount(s[:n-1], "")
		return v * 1000, big
	}
	return parseAmount(s, "")
}

// hasLocalMark is the cheap gate of localMarkPay: "kr" before a space,
// dot or digit, "nrs", "ksh" or "tk" (the taka), in any case, each starting a word
// ("workshop" holds no shilling).
func hasLocalMark(text string) bool {
	for i := 0; i+2 < len(text); i++ {
		if i > 0 && isASCIIWord(text[i-1]) {
			continue
		}
		a, b, c := text[i]|0x20, text[i+1]|0x20, text[i+2]
		switch {
		case a == 'k' && b == 'r' && (c == ' ' || c == '.' || c == 0xC2 || c >= '0' && c <= '9'):
			return true
		case a == 't' && b == 'k' && (c == ' ' || c == '.' || c >= '0' && c <= '9'): // "Tk. 25000" (taka)
			return true
		case a == 'n' && b == 'r' && c|0x20 == 's', a == 'n' && b == '.' && c|0x20 == 'r', (a == 'k' || a == 't' || a == 'u') && b == 's' && c|0x20 == 'h':
			return true
		}
	}
	return false
}

// perkBudgetAfter is a budget or allowance named right after an amount: "$2,000
// annual learning budget", "a $300 hardware stipend". Pay for the work is
// not a budget for things.
// A period may stand between ("a $100/month phone allowance"), on the
// amount's own line: a perk on the next line names no amount of this one.
var perkBudgetAfter = regexp.MustCompile(`(?i)^[ \t]*(?:(?:annual|yearly|monthly|one-time|per year|a year|(?:/\s*|per\s+|a\s+)(?:month|mo|week|wk))[ \t]+)?(?:learning|training|education(?:al)?|development|equipment|hardware|home[- ]office|wellness|wellbeing|conference|travel|book|gym|setup|laptop|phone|mobile|internet|lunch|meal|coffee|snacks?|tea|food|drinks?)\s+(?:budget|stipend|allowance|credit|reimbursement)s?\b`)

// billedRate is a rate charged to customers right before an amount:
// "crews are billed at $150 - $250 per hour", "charged at".
var billedRate = regexp.MustCompile(`(?i)\b(?:billed|charged|invoiced)\s+(?:out\s+)?(?:at|from)\s*$`)

// perkOrBilled reports a perk budget after an amount or a customer rate
// before it; cheap words first.
func perkOrBilled(before, after string) bool {
	if (containsFold(after, "budget") || containsFold(after, "stipend") || containsFold(after, "allowance") ||
		containsFold(after, "credit") || containsFold(after, "reimburse")) && perkBudgetAfter.MatchString(after) {
		return true
	}
	return (containsFold(before, "billed") || containsFold(before, "charged") || containsFold(before, "invoiced")) && billedRate.MatchString(before)
}

// weekSchedule is a weekly schedule, not a pay period: "three days per
// week", "20 hours a week".
var weekSchedule = regexp.MustCompile(`(?i)\b(?:days?|hours?|hrs?|shifts?|evenings?|nights?)\s+(?:per|a|each)\s+week\b`)

// weekScheduleBefore reports a weekly schedule in the text before an amount.
func weekScheduleBefore(before string) bool {
	return containsFold(before, "week") && weekSchedule.MatchString(before)
}

// rewardBefore is a one-off reward named right before an amount: "bounty
// $100", "individual reward of $500", "prize: €1,000", "Prize pool: 15k
// USD", "1st place: $5,000", "the winner receives $1,000"
// (pay_gig_budget_test.go).
var rewardBefore = regexp.MustCompile(`(?i)\b(?:bount(?:y|ies)|rewards?|prizes?(?:\s+pool)?|(?:1st|2nd|3rd|first|second|third|grand)\s+(?:place|prize)|winners?\s+(?:receives?|gets?|wins?|will\s+(?:receive|get|win)|takes?\s+home))\s*(?:of|:|is|up to)?\s*$`)

// rewardNamed reports such a reward before an amount; cheap words first.
func rewardNamed(before string) bool {
	return (containsFold(before, "bount") || containsFold(before, "reward") || containsFold(before, "prize") || containsFold(before, "place") || containsFold(before, "winner")) && rewardBefore.MatchString(before)
}

// implausiblePeriod reports a period too short for the amount in a strong
// currency, past what implausibleAmount catches: "$20,000 - $25,000 per week",
// "$60,000 - $65,000 per month", "$12,000 per day" are a year's figures
// with the wrong period, not pay that can be read.
func implausiblePeriod(c payCandidate) bool {
	if !strongCurrencies[c.currency] {
		return false
	}
	switch c.unit {
	case model.UnitDay:
		return c.max >= 10000
	case model.UnitWeek:
		return c.max >= 20000
	case model.UnitMonth:
		return c.max >= 60000
	}
	return false
}

// usdAfterEvidence reports "USD" written right after the pay's evidence in its
// field, even glued to the next word ("$289,700 - $362,100 USDCanadian
// employees: ..."), which names the dollar before the listing's place does.
func usdAfterEvidence(pay *model.Pay, l *model.Listing) bool {
	ev := pay.Evidence
	f := evidenceField(l, ev.Field)
	if ev.End <= 0 || ev.End > len(f) {
		return false
	}
	return strings.HasPrefix(strings.TrimLeft(f[ev.End:min(len(f), ev.End+8)], " "), "USD")
}

// evidenceField is the listing field a pay's evidence names ("" for one
// it does not hold).
func evidenceField(l *model.Listing, field string) string {
	switch field {
	case "pay_text":
		return l.PayText
	case "title":
		return l.Title
	case "text":
		return l.Text
	}
	return ""
}
