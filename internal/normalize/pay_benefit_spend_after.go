package normalize

import "strings"

// A benefit may be priced right before the pay: "We offer up to $20k in
// fertility services. The base salary range is $163,400 - $245,000". The
// amount spent on a benefit is no pay, and judge read it as one.

// benefitSpendAfter (called in judge with the rejections) reports a
// benefit's sum named after an amount: what it is spent on, right after
// it or after its period ("in fertility services", "per month towards
// childcare costs", "up to $10,000 per year in education assistance",
// "$100 a month toward internet and phone costs"), or the benefit's own
// name ("a $75 monthly phone and internet stipend", "a £1,000 personal
// learning budget"). It reads words, not a regexp: judge asks for every
// amount, and an expression of these word lists is too large for the
// backtracker.
func benefitSpendAfter(after string) bool {
	if equityGrantAfter(after) {
		return true // "$100k in stock options" (pay_equity_perks.go)
	}
	ws := strings.FieldsFunc(strings.ToLower(after), func(r rune) bool {
		return r == ' ' || r == '\t' || r == ',' || r == '.' || r == ';' || r == '(' || r == ')'
	})
	if len(ws) == 0 {
		return false
	}
	if len(ws) > 10 {
		ws = ws[:10]
	}
	i := 0
	for n := 0; n < 2 && i < len(ws) && benefitLeads[ws[i]]; n++ {
		i++ // "one-time", "monthly", "personal"
	}
	if benefitWhat(ws, i, benefitSumNouns) {
		return true // "monthly phone and internet stipend"
	}
	i = 0
	switch {
	case len(ws) > 1 && benefitPeriodLeads[ws[0]] && benefitPeriods[ws[1]]:
		i = 2 // "per year", "each month", "/ month"
	case benefitAdverbs[ws[0]] || strings.HasPrefix(ws[0], "/") && benefitPeriods[ws[0][1:]]:
		i = 1 // "annually", "/month"
	}
	if i < len(ws) && benefitToward[ws[i]] && benefitWhat(ws, i+1, benefitCostNouns) {
		return true // "in education assistance", "toward internet and phone costs"
	}
	a := strings.TrimLeft(after, " ")
	return (hasPrefixFold(a, "in ") || hasPrefixFold(a, "of ") || hasPrefixFold(a, "toward") || hasPrefixFold(a, "for ") ||
		hasPrefixFold(a, "per ") || hasPrefixFold(a, "a ") || hasPrefixFold(a, "an ") || hasPrefixFold(a, "each ") || hasPrefixFold(a, "/")) &&
		perkSpendRe.MatchString(a) // perkSpendRe: pay_base_ote.go
}

// benefitWhat reports at ws[i:] one or more things a benefit pays for
// (joined by "and", "&" or "/"; a thing of two words, "mental health",
// "home office", read as a pair), then a noun of nouns.
func benefitWhat(ws []string, i int, nouns map[string]bool) bool {
	things := 0
	for i < len(ws) && things < 4 {
		w := ws[i]
		switch {
		case i+1 < len(ws) && benefitPairs[w+" "+ws[i+1]]:
			things++
			i++
		case benefitThings[w]:
			things++
		case things > 0 && (w == "and" || w == "&" || w == "/"):
		case things > 0 && nouns[w]:
			return true
		default:
			return false
		}
		i++
	}
	return false
}

var (
	benefitLeads       = wordSet("one-time one-off monthly annual yearly personal quarterly")
	benefitPeriodLeads = wordSet("per a an each /")
	benefitPeriods     = wordSet("year month week yr mo")
	benefitAdverbs     = wordSet("annually monthly weekly yearly")
	benefitToward      = wordSet("in of for toward towards")
	benefitThings      = wordSet("phone internet cellphone mobile data wellness well-being wellbeing fitness gym learning development training education home-office workspace setup set-up equipment commuter commute commuting transit meal lunch coworking co-working conference book health lifestyle tuition childcare child-care relocation adoption fertility surrogacy egg-freezing family-planning family-forming mental-health student-loan travel")
	benefitPairs       = wordSet2("home office", "home workspace", "cell phone", "professional development", "family planning", "family forming", "egg freezing", "child care", "mental health", "student loan")
	benefitSumNouns    = wordSet("stipend stipends allowance allowances budget budgets credit credits")
	benefitCostNouns   = wordSet("assistance reimbursement reimbursements support benefit benefits cost costs expense expenses bill bills stipend stipends allowance allowances travel service services coverage credit credits treatment treatments repayment repayments")
)

// wordSet is a set of the space-separated words of s.
func wordSet(s string) map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(s) {
		m[w] = true
	}
	return m
}

// wordSet2 is a set of the given phrases.
func wordSet2(ps ...string) map[string]bool {
	m := map[string]bool{}
	for _, p := range ps {
		m[p] = true
	}
	return m
}
