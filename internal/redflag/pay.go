package redflag

import (
	"fmt"
	"regexp"
	"strconv"
	"strings"

	"github.com/gigscout/gigscout/internal/model"
)

var (
	// rePayUnpaid: phrases that, in the pay field, mean no pay.
	rePayUnpaid = regexp.MustCompile(`\b(unpaid|non-paid|no (pay|stipend|salary|compensation|remuneration)|not paid|volunteer(ing)?|(academic|course|college) credit|exposure|equity[- ]only|none|nil)\b`)
	// rePayZero: a pay field that is just zero ("0", "$0", "INR 0/month").
	rePayZero = regexp.MustCompile(`^\W*(\$|₹|€|£|rs\.?|inr|usd|eur|gbp)?\s*0+(\.0+)?\s*(/\s*[a-z]+)?\W*$`)

	reUnpaidWord = regexp.MustCompile(`\b(unpaid|non-paid|nonpaid)\b`)
	// unpaidTraps follow "unpaid" when it is not about the job: leave, or
	// money owed that the job handles ("follow up on unpaid invoices").
	unpaidTraps = map[string]bool{"time": true, "time-off": true, "leave": true, "leaves": true, "vacation": true,
		"vacations": true, "pto": true, "holiday": true, "holidays": true, "sick": true, "day": true, "days": true,
		"break": true, "breaks": true, "lunch": true, "meal": true, "personal": true, "parental": true,
		"maternity": true, "paternity": true, "family": true, "medical": true, "bereavement": true,
		"sabbatical": true, "sabbaticals": true, "absence": true, "absences": true, "hours": true,
		"invoice": true, "invoices": true, "claim": true, "claims": true, "bill": true, "bills": true,
		"balance": true, "balances": true, "account": true, "accounts": true, "debt": true, "debts": true,
		"receivable": true, "receivables": true, "item": true, "items": true, "order": true, "orders": true,
		"rent": true, "tax": true, "taxes": true, "wages": true, "overtime": true, "fine": true, "fines": true,
		"ticket": true, "tickets": true, "premium": true, "premiums": true, "loan": true, "loans": true,
		"amount": true, "amounts": true, "fees": true, "dues": true, "payments": true, "payment": true,
		"customer": true, "customers": true, "patient": true, "patient's": true, "collections": true}
	reUnpaidPhrase   = regexp.MustCompile(`\b(volunteer (position|role|opportunity|internship|assignment|basis|job|work)\b|on an? (purely |strictly )?volunteer(ing)? basis|for (academic|college|school|course|university) credit (only|in lieu of pay|instead of pay|rather than pay)|(academic|college|course|university) credit (only|in lieu of (pay|payment|compensation|a salary|a stipend)|instead of (pay|payment|compensation))|in exchange for (academic |college |course )?credit|paid in (exposure|experience)|(compensation|payment) (is|will be) (in )?(exposure|experience)|equity[- ]only|only equity|(paid|compensated) (only )?(in|with) equity|without (any )?(pay|payment|compensation|remuneration|a stipend|a salary)|(no|not a) (stipend|salary|wage|remuneration|monetary compensation|financial compensation)\b|(is|are|will be) not (paid|compensated))`)
	reVolunteerTitle = regexp.MustCompile(`\bvolunteer(s|ing)?\b`)
	reVolunteerRole  = regexp.MustCompile(`^\s*(coordinator|manager|management|engagement|program|programs|services|recruiter|recruitment|lead|director|relations|outreach|specialist|officer|administrator|supervisor)\b`)
)

func checkUnpaid(c *ctx) (hit, bool) {
	l := c.l
	// A stated amount ("Volunteer stipend $150") outweighs the bare word
	// "volunteer"; the explicit phrases below still fire.
	hasAmount := l.Pay != nil && l.Pay.Max > 0
	// The pay field speaks first: it is the most direct statement.
	if c.pay.s != "" {
		if rePayZero.MatchString(c.pay.s) {
			return hit{span: c.pay.whole()}, true
		}
		if sp, ok := find([]*view{c.pay}, rePayUnpaid, 0, func(v *view, m []int) bool {
			if hasAmount && strings.HasPrefix(v.s[m[0]:m[1]], "volunteer") {
				return false
			}
			return !v.negated(m[0], m[1]) && !unpaidTrapAfter(v, m[1])
		}); ok {
			return hit{span: sp}, true
		}
	}
	if sp, ok := find([]*view{c.title, c.text}, reUnpaidWord, 0, func(v *view, m []int) bool {
		return !unpaidTrapAfter(v, m[1]) && !v.negated(m[0], m[1])
	}); ok {
		return hit{span: sp}, true
	}
	if sp, ok := find([]*view{c.title}, reVolunteerTitle, 0, func(v *view, m []int) bool {
		return !hasAmount && !v.match(reVolunteerRole, v.s[m[1]:]) && !strings.HasSuffix(v.s[:m[0]], "paid ")
	}); ok {
		return hit{span: sp}, true
	}
	if sp, ok := find([]*view{c.title, c.text}, reUnpaidPhrase, 0, func(v *view, m []int) bool {
		return !strings.HasSuffix(v.s[:m[0]], "paid ") && !v.negatedStrict(m[0])
	}); ok {
		return hit{span: sp}, true
	}
	if strings.Contains(c.etype.s, "volunteer") || strings.Contains(c.etype.s, "unpaid") {
		return hit{span: c.etype.whole()}, true
	}
	if l.Unpaid || (l.Type == model.TypeVolunteer && !hasAmount) { // "Volunteer coordinator (paid)", $22/h: a job
		return hit{span: payEvidence(c)}, true
	}
	if p := l.Pay; p != nil && p.Source == model.FromStructured && p.Min == 0 && p.Max == 0 {
		return hit{span: payEvidence(c)}, true
	}
	return hit{}, false
}

// negatedStrict is negation for phrases that already carry a "no": only an
// explicit "not"/"never" right before counts.
func (v *view) negatedStrict(a int) bool {
	before := v.s[max(0, a-12):a]
	return strings.HasSuffix(before, "not ") || strings.HasSuffix(before, "never ") || strings.HasSuffix(before, "isn't ")
}

// unpaidTrapAfter reports whether one of the next two words after "unpaid"
// says it is about leave or money owed rather than the job.
func unpaidTrapAfter(v *view, b int) bool {
	for _, w := range wordsFrom(v.s[b:min(len(v.s), b+40)], 2) {
		if unpaidTraps[w] {
			return true
		}
	}
	return false
}

// payEvidence is the pay field or, failing that, the parsed pay's own
// evidence, or a structural pay_text span.
func payEvidence(c *ctx) model.Span {
	if c.pay.s != "" {
		return c.pay.whole()
	}
	if p := c.l.Pay; p != nil && p.Evidence != nil {
		if sp, ok := fieldSpan(c, *p.Evidence); ok {
			return sp
		}
	}
	return structural(FieldPayText)
}

// fieldSpan validates a span from normalization against our fields.
func fieldSpan(c *ctx, sp model.Span) (model.Span, bool) {
	for _, v := range []*view{c.title, c.text, c.pay, c.info, c.etype, c.company} {
		if sp.Field == v.field && validSpan(&sp, v.field, v.orig) {
			return sp, true
		}
	}
	return model.Span{}, false
}

// reMoney finds a stated amount of money.
var reMoney = regexp.MustCompile(`([$€£₹]\s?\d|\b(usd|eur|gbp|inr|cad|aud|rs\.?)\s?\d|\b\d[\d,.]*\s?(usd|eur|gbp|inr|cad|aud|dollars|euros|pounds|rupees|lakhs?|/\s?(hr|hour|h)\b|per (hour|day|week|month|annum|year)\b|an hour\b))`)

// payStated reports whether the listing says what the work pays: an
// amount normalization read, money in the pay field, title or text, a pay
// field holding a number it could not read ("30000 - 35000"), a paid role
// without an amount ("a paid internship"), or that it is unpaid. It rests
// on what the listing states, not on whether a parser read it: a pay field
// with an amount is stated pay whatever normalization made of it. The
// result is computed once per assessment.
func payStated(c *ctx) bool {
	if !c.payStatedDone {
		c.payStated, c.payStatedDone = isPayStated(c), true
	}
	return c.payStated
}

func isPayStated(c *ctx) bool {
	l := c.l
	if c.fired[Unpaid] || l.Unpaid || l.Pay != nil {
		return true
	}
	if strings.ContainsAny(c.pay.s, "0123456789") {
		return true // an amount we could not read is still stated
	}
	return has(reMoney, c.pay, c.text, c.title) || has(rePaidRole, c.title, c.text, c.etype)
}

func checkPayUnspecified(c *ctx) (hit, bool) {
	if payStated(c) {
		return hit{}, false
	}
	if c.pay.s != "" {
		return hit{span: c.pay.whole()}, true // "Competitive", "DOE": still vague
	}
	return hit{span: structural(FieldPayText)}, true
}

// rePaidRole: the listing says it pays without an amount ("this is a paid
// internship"): pay is stated, if not its amount.
var rePaidRole = regexp.MustCompile(`\b(paid (internship|position|role|project|opportunity|placement|traineeship|apprenticeship)|(stipend|hourly wage|salary) (of|is|will be)\b)`)

// reAnnual: pay text that speaks of a yearly salary.
var reAnnual = regexp.MustCompile(`\b(year|yearly|annual|annually|annum|p\.?a|yr|salary)\b|\d\s?k\b`)

// plausiblePay reports whether a parsed pay looks like a real reading:
// currency and unit known, amounts positive and in range for the unit.
func plausiblePay(c *ctx, p *model.Pay) bool {
	if p == nil || p.Currency == "" || p.Unit == "" || p.Max < p.Min || p.Max <= 0 {
		return false
	}
	switch p.Unit {
	case model.UnitYear:
		return p.Min >= 1000 || (p.Min == 0 && p.Max >= 1000)
	case model.UnitMonth:
		return p.Max >= 50
	case model.UnitWeek, model.UnitDay, model.UnitHour:
		// An annual salary read as weekly or daily is a mis-parse.
		return !c.pay.match(reAnnual, c.pay.s) || c.pay.s == ""
	}
	return true
}

func hourlyUSD(p *model.Pay) float64 {
	if p.HourlyUSD > 0 {
		return p.HourlyUSD
	}
	if p.Hourly > 0 && strings.EqualFold(p.Currency, "USD") {
		return p.Hourly
	}
	return 0
}

// microWork reports whether the listing is a micro-internship or short
// project, which has the higher pay floor.
// A project-based hint does not turn a full-time or part-time job into one.
func microWork(l *model.Listing) bool {
	switch l.Type {
	case model.TypeMicroInternship, model.TypeProject:
		return true
	case model.TypeUnknown, model.TypeInternship, model.TypeContract, "":
		return l.ProjectBased
	}
	return false
}

func checkPayBelowFloor(c *ctx) (hit, bool) {
	l := c.l
	p := l.Pay
	if c.fired[Unpaid] || !plausiblePay(c, p) {
		return hit{}, false
	}
	h := hourlyUSD(p)
	if h <= 0 {
		return hit{}, false
	}
	floor, which := c.opts.floorFor(l)
	if h >= floor {
		return hit{}, false
	}
	reason := fmt.Sprintf("The stated pay works out to about US$%s an hour, below %s.", money(h), which)
	if p.Evidence != nil {
		if sp, ok := fieldSpan(c, *p.Evidence); ok {
			return hit{span: sp, reason: reason}, true
		}
	}
	if c.pay.s != "" {
		return hit{span: c.pay.whole(), reason: reason}, true
	}
	if sp, ok := find([]*view{c.text}, reMoney, 0, nil); ok {
		return hit{span: sp, reason: reason}, true
	}
	return hit{span: structural(FieldPayText), reason: reason}, true
}

var (
	// reEarnRate: an amount (or range) per day/hour/week ("$400 To $500
	// Extra Per Day", "$200 daily", "earn $90/hour").
	reEarnRate = regexp.MustCompile(`(?:[$€£]|usd\s?)\s?(\d[\d,]*)(?:\.\d+)?(?:\s*(?:to|-|and|or)\s*(?:[$€£]|usd\s?)?\s?(\d[\d,]*)(?:\.\d+)?)?\s*(?:\+\s*)?(?:(?:dollars|extra|plus|or more|and up|cash|usd)\s+){0,2}(?:(?:a|per|each|every|/)\s*(day|hour|hr|week|month)\b|(daily|weekly))`)
	// reHypePay: money-pitch phrases.
	reHypePay = regexp.MustCompile(`\b(unlimited (income|earnings?|earning potential|money|cash|pay)|get (the )?biggest cash|easy (money|cash)|(make|earn) (easy |quick |fast |great |good |big |serious )?(money|cash) (fast|quickly|easily|online|from home|at home|from the comfort of (your )?(own )?home)|(earn|get|make) full[- ]time (pay|income|money)|part[- ]time (work|hours)?,? full[- ]time (pay|income)|get rich|financial freedom|earn (big|huge|serious) (money|cash|income)|(earn|make) (thousands|hundreds) (of dollars )?(a|per|each|every) (day|week))\b`)
	// gateIncomeClaim: income pitches of network-marketing and home-work
	// schemes ("passive income", "residual income", "a six-figure income
	// from home"), gated by their literals.
	gateIncomeClaim = &gated{re: regexp.MustCompile(`\b((passive|residual) (income|earnings?|cash)|(six|6|seven|7)[- ]figures? (income|earnings?) (from|at) (your )?(own )?home)\b`),
		lits: []string{"passive", "residual", "figure"}}
	// reCommission: sales pay talk, where high figures are OTE, not hype.
	reCommission = regexp.MustCompile(`\b(commissions?|ote|on[- ]target|uncapped|base (salary|pay|plus)|draw|quota|bonus(es)?|per annum|annual|a year|/yr|salary|salaries|retainer)\b`)
	// reUnskilled: signs the work is unskilled home or spare-time work.
	reUnskilled = regexp.MustCompile(`\b(no (prior |previous |any )?(experience|exp|skills?|degree)( is)?( needed| required| necessary)?|(from|at) (your )?(own )?home|home[- ]based|free time|spare time|own place|own pace|(\d+|one|two|few) (to \d+ )?(hours?|hrs|minutes?|mins) (a|per|each|every) day|(\d+|one|two) (to \d+ )?(hours?|hrs) daily|anyone can|suitable for (all|everyone|anyone)|perfect for everyone|students|stay[- ]at[- ]home|(complete|full|free) training|data entry|typing|part[- ]time)\b`)
	// reUnskilledTitle: unskilled job titles for the structured-pay check.
	reUnskilledTitle = regexp.MustCompile(`\b(data entry|typist|typing|clerk|assistant|receptionist|mystery shopper|survey|package|envelope|stuffing|packer|packaging|cashier|customer service|chat|moderator|helper|work from home|home[- ]based|part[- ]time|students?)\b`)
)

// reTitlePay is a pay figure or range in a title.
var reTitlePay = regexp.MustCompile(`(?:[$€£]|usd\s?)\s?\d[\d,.]*\s*k?(?:\s*(?:-|–|to)\s*(?:[$€£]|usd\s?)?\s?\d[\d,.]*\s*k?)?(?:\s*(?:/|per|a)\s*(?:yr|year|hr|hour|week|wk|day|month|mo)\b)?|\b\d{2,3}k\s*(?:-|–|to)\s*\d{2,3}k\b`)

// reCommissionRole: titles of roles paid on commission.
var reCommissionRole = regexp.MustCompile(`\b(sales|agents?|agency|brokers?|insurance|financial (advisor|representative|professional)s?|recruiters?|representatives?|reps?|closers?|business development|account executives?|marketing (associate|representative)s?|distributors?|independent)\b`)

// reCommissionOnly: the text says the pay is commission.
var reCommissionOnly = regexp.MustCompile(`\b(commission[- ]only|commission[- ]based|100% commission|1099|straight commission|paid (on|by) commission)\b`)

var reEarnVerb = regexp.MustCompile(`\b(earn|earning|earnings|make|making|extra|easily|up to|get paid|take home)\b`)

// reHoursADay: the few hours a day an ad says the work takes ("2 hours a
// day", "1 to 2 hrs daily", "30 minutes per day").
var reHoursADay = regexp.MustCompile(`\b(\d+(?:\.\d+)?|one|two|three|four|a few)(?:\s*(?:to|-|or)\s*(\d+(?:\.\d+)?))?\s*(hours?|hrs?|minutes?|mins?)\s*(?:(?:a|per|each|every)\s*day|daily)\b`)

var smallNumbers = map[string]float64{"one": 1, "two": 2, "three": 3, "four": 4, "a few": 3}

// impliedHourly is the hourly rate an earnings claim per day, week or
// month works out to when the ad also says how many hours a day the work
// takes ("$1,000 a week for 2 hours a day" is $71 an hour over seven
// days); known is false when it says none (or more than 12, which is
// opening hours, not work). The largest stated hours and seven working
// days a week are assumed, so the rate is never overstated.
func impliedHourly(c *ctx, amount float64, unit string) (rate float64, known bool) {
	days := map[string]float64{"day": 1, "daily": 1, "week": 7, "weekly": 7, "month": 30}[unit]
	if days == 0 {
		return 0, false
	}
	var hours float64
	for _, v := range []*view{c.title, c.text} {
		if v.s == "" || !strings.Contains(v.s, " day") && !strings.Contains(v.s, "daily") {
			continue
		}
		for _, m := range v.findAll(reHoursADay) {
			h := smallNumbers[v.s[m[2]:m[3]]]
			if h == 0 {
				h = parseAmount(v.s, m[2], m[3])
			}
			if m[4] >= 0 {
				h = max(h, parseAmount(v.s, m[4], m[5]))
			}
			if strings.HasPrefix(v.s[m[6]:m[7]], "min") {
				h /= 60
			}
			hours = max(hours, h)
		}
	}
	if hours <= 0 || hours > 12 {
		return 0, false
	}
	return amount / (hours * days), true
}

// tooGoodThreshold is the rate per unit above which promised earnings for
// unskilled work are implausible.
var tooGoodThreshold = map[string]float64{"hour": 60, "hr": 60, "day": 200, "daily": 200, "week": 1500, "weekly": 1500, "month": 6000}

func checkTooGoodPay(c *ctx) (hit, bool) {
	job := c.job()
	// Whether the work is unskilled decides the severity; it is looked up
	// only once a lure is found (most texts have none).
	unskilledDone, unskilledVal := false, false
	unskilledFn := func() bool {
		if !unskilledDone {
			unskilledVal, unskilledDone = has(reUnskilled, c.title, c.text), true
		}
		return unskilledVal
	}
	severity := func() model.Severity {
		if unskilledFn() {
			return model.SeverityHigh
		}
		return model.SeverityMedium
	}
	if sp, ok := find(job, reEarnRate, 0, func(v *view, m []int) bool {
		amount := parseAmount(v.s, m[2], m[3])
		if m[4] >= 0 {
			amount = max(amount, parseAmount(v.s, m[4], m[5]))
		}
		unit := ""
		if m[6] >= 0 {
			unit = v.s[m[6]:m[7]]
		} else {
			unit = v.s[m[8]:m[9]]
		}
		// With the hours a day stated, the rate they work out to decides
		// ("$200 a day" for 8 hours is $25 an hour; "$1,000 a week" for 2
		// hours a day is $71); else the amount per unit does.
		if rate, known := impliedHourly(c, amount, unit); known {
			if rate < tooGoodThreshold["hour"] {
				return false
			}
		} else if amount < tooGoodThreshold[unit] {
			return false
		}
		sent := v.sentenceText(m[0], m[1])
		if v.match(reCommission, sent) || v.negated(m[0], m[1]) {
			return false
		}
		// A day rate quoted for skilled contract work is not a lure;
		// "earn $X a day" or unskilled home work is.
		return v.match(reEarnVerb, sent) || unskilledFn()
	}); ok {
		return hit{span: sp, sev: severity()}, true
	}
	if sp, ok := find(job, reHypePay, 0, func(v *view, m []int) bool {
		return !v.match(reCommission, v.sentenceText(m[0], m[1])) && !v.negated(m[0], m[1])
	}); ok {
		return hit{span: sp, sev: severity()}, true
	}
	// A product that earns its users passive income is not a pitch to the
	// applicant.
	if m, v, ok := findGated(job, gateIncomeClaim, func(v *view, m []int) bool {
		return !v.negated(m[0], m[1]) && !v.match(reCustomerChannel, v.sentenceText(m[0], m[1]))
	}); ok {
		return hit{span: v.span(m[0], m[1]), sev: severity()}, true
	}
	// A pay figure in the title of a commission role ("Agency Sales
	// Managers $150-$175,000/yr"): the lure of recruiting schemes, where
	// the figure is what the best earn on commission.
	if sp, ok := find([]*view{c.title}, reTitlePay, 0, nil); ok && (has(reCommissionRole, c.title) || has(reCommissionOnly, c.text)) {
		return hit{span: sp, sev: model.SeverityHigh}, true
	}
	// Structured pay far above the market for unskilled home work.
	if p := c.l.Pay; plausiblePay(c, p) && (p.Unit == model.UnitHour || p.Unit == model.UnitDay) &&
		hourlyUSD(p) >= 60 && c.title.match(reUnskilledTitle, c.title.s) && unskilledFn() {
		if c.pay.s != "" {
			return hit{span: c.pay.whole(), sev: model.SeverityHigh}, true
		}
		if p.Evidence != nil {
			if sp, ok := fieldSpan(c, *p.Evidence); ok {
				return hit{span: sp, sev: model.SeverityHigh}, true
			}
		}
	}
	// A salary (weekly, monthly or yearly) far above the market for
	// entry-level clerical or home work that needs no experience: a
	// $80,000 data-entry job (about $36 an hour) from home is bait.
	if p := c.l.Pay; plausiblePay(c, p) && (p.Unit == model.UnitWeek || p.Unit == model.UnitMonth || p.Unit == model.UnitYear) &&
		hourlyUSD(p) >= 36 && has(reLowSkillTitle, c.title) && has(reNoExperience, c.title, c.text) {
		if c.pay.s != "" {
			return hit{span: c.pay.whole(), sev: model.SeverityHigh}, true
		}
		if p.Evidence != nil {
			if sp, ok := fieldSpan(c, *p.Evidence); ok {
				return hit{span: sp, sev: model.SeverityHigh}, true
			}
		}
	}
	return hit{}, false
}

// reLowSkillTitle: entry-level clerical and home-work titles whose market
// pay is modest (no assistants or managers, whose pay varies widely).
var reLowSkillTitle = regexp.MustCompile(`\b(data entry|data[- ]entry|typist|typing|clerks?|receptionist|mystery shopper|package handler|envelope|cashier|customer (service|care|support) (rep|reps|representative|representatives|agent|agents|associate)|work (from|at) home|home[- ]based)\b`)

func parseAmount(s string, a, b int) float64 {
	if a < 0 {
		return 0
	}
	f, err := strconv.ParseFloat(strings.ReplaceAll(s[a:b], ",", ""), 64)
	if err != nil {
		return 0
	}
	return f
}
