package redflag

import (
	"regexp"
	"strings"

	"github.com/gigscout/gigscout/internal/model"
)

// Weak signs of a fake job ad. None is enough on its own (real ads use
// each of them now and then), but an ad whose employer cannot be
// identified and which shows two or more of them follows the pattern that
// the FTC, the BBB and the EMSCAD study describe: an anonymous poster who
// wants applicants to reach them directly, hurries them, needs no
// qualifications, hides the pay until later, or lures with travel, visas
// or easy money from home.
var (
	// reDirectContact: applying by writing to or calling an address or
	// number in the ad rather than through a company's careers page. The
	// address is a placeholder (#EMAIL_…#, #PHONE_…#, as EMSCAD masks
	// them), a personal webmail address, or a phone number; a company
	// domain address is checked separately.
	reDirectContact = regexp.MustCompile(`\b(send|email|e-mail|mail|forward|submit|fax|text|txt|sms|call|phone|ring|contact|reach|write to|whatsapp)\b[^.!?\n]{0,80}?(#(email|phone)_[0-9a-z]*#?|[a-z0-9._%+-]+@(gmail|googlemail|yahoo|ymail|hotmail|outlook|live|msn|aol|icloud|gmx|mail|protonmail|yandex|rediffmail|inbox)\.[a-z.]+|\(?\+?\d{1,3}\)?[ .-]?\(?\d{3}\)?[ .-]?\d{3}[ .-]?\d{4}\b)`)
	// reUrgency: hurry, beyond the strong pressure phrases of SCAM_PRESSURE.
	reUrgency = regexp.MustCompile(`\b(urgent(ly)?|immediate(ly)? (start|hire|hiring|joining|opening|requirement)|start(ing)? (immediately|today|right away|asap)|hiring (immediately|now|asap)|needed (immediately|asap|urgently)|asap|(within|in) (24|48|twenty[- ]four) (hours|hrs))\b`)
	// reNoExperience: no qualifications needed (or no requirements at all).
	reNoExperience = regexp.MustCompile(`\b(no (prior |previous |any |formal )?(work )?(experience|exp|skills?|qualifications?|degree)( is| are)?( needed| required| necessary| neccessary)|(previous |prior |any )?experience:? \(?(is )?(not |un)(required|necessary|needed|neccessary)|anyone can (do|apply)|suitable for (all|everyone|anyone)|no (special |specific |particular )?requirements( needed| required| necessary)?)\b`)
	// reDemographics: a sex or an age band asked of applicants ("male or
	// female", "aged 18-35"): requirements that employers in most
	// countries may not state, and that fake ads written from templates
	// abroad carry. A bare "18 or older" is a legal minimum, not a band.
	reDemographics = regexp.MustCompile(`\b(males? (or|and|/|&) females?|females? (or|and|/|&) males?|(aged?|between the ages of|age between) \d{2} ?(-|–|to|and) ?\d{2}\b)`)
	// reHiddenPay: pay revealed only after applying or an interview.
	reHiddenPay = regexp.MustCompile(`\b(salary|pay|payment|compensation|remuneration|wages?|rate)s? (is |are |will be )?(discussed|disclosed|revealed|communicated|negotiated|given|explained|sent|provided) (via|after|upon|during|at|once|in|on|by) (\w+ ){0,3}(application|applying|interview|communication|contact|email|e-mail|selection|hiring|process|request)`)
	// reOverseasLure: travel, visa or tax-free pay offered up front, the
	// bait of fake cruise, hotel and oil-rig jobs abroad (and of the visa
	// fees that follow).
	reOverseasLure = regexp.MustCompile(`\b((world|work|working|travel|employment) (visa|permit)s?|visas? (processing|sponsorship|assistance|arrangement|application|support|will be (provided|arranged|processed))|(free|paid) (flights?|air ?fares?|air ?tickets?|accommodation|housing|feeding)|(flight|air) tickets?|tax[- ]free (salary|income|pay|wages?|earnings)|(salary|pay|income|wages?|earnings) (is |are )?(\(?)tax[- ]free)\b`)
	// reEasyPay: weekly or daily pay pitched as a perk.
	reEasyPay = regexp.MustCompile(`\b((get |be )?paid (daily|weekly|every (day|week|friday))|(daily|weekly) (pay|payment|payout|paycheck|cash)|we pay (daily|weekly|every (day|week)))\b`)

	// reHomeCue: home or spare-time work (not "from anywhere", which
	// real remote jobs say); it counts only in an ad with little work in it.
	reHomeCue = regexp.MustCompile(`\b(from (the comfort of )?(your )?(own )?home|work(ing)? at home|home[- ]based|stay[- ]at[- ]home|in your (free|spare) time|at your own (place|pace)|work any ?time|own boss)\b`)

	// anonCues are the weak signs, in evidence order, each gated by the
	// literals every match of it contains (see gated).
	anonCues = []*gated{
		{re: reDirectContact, lits: []string{"#email", "#phone", "@"}, extra: phoneRuns},
		{re: reOverseasLure, lits: []string{"visa", "permit", "flight", "air ticket", "airticket", "air fare", "airfare",
			"accommodation", "housing", "feeding", "tax"}},
		{re: reHiddenPay, lits: []string{" discussed", " disclosed", " revealed", " communicated", " negotiated", " given",
			" explained", " sent", " provided"}},
		{re: reNoExperience, lits: []string{"needed", "required", "necessary", "neccessary", "anyone can", "suitable for", "requirements"}},
		{re: reDemographics, lits: []string{"male", "age"}},
		{re: reEasyPay, lits: []string{"daily", "weekly", "every day", "every week", "every friday"}},
		{re: reHomeCue, lits: []string{"home", "free time", "spare time", "own place", "own pace", "work any", "own boss"}},
		{re: reUrgency, lits: []string{"urgent", "immediate", "today", "right away", "asap", "hiring now", "24 h", "48 h", "twenty"}},
		gateUnnamedPraise,
		gateMassCopy,
	}
)

// commonCue reports the weak signs that real ads (staffing agencies, small
// firms) show often: a contact address and hurry. Two of them alone are
// not enough.
func commonCue(re *regexp.Regexp) bool { return re == reDirectContact || re == reUrgency }

// minAnonCues is how many distinct weak signs an anonymous ad must show to
// be a likely scam (a high flag).
const minAnonCues = 2

// anonCueHits returns the number of distinct weak signs in the title and
// text and the evidence of the first one found. Only common signs (contact
// and hurry) count as one until a third sign joins them. The result is
// computed once per assessment.
func anonCueHits(c *ctx) (int, model.Span) {
	if !c.cuesDone {
		c.cues, c.cueSpan = countAnonCues(c)
		c.cuesDone = true
	}
	return c.cues, c.cueSpan
}

func countAnonCues(c *ctx) (int, model.Span) {
	n, rare := 0, false
	var first model.Span
	for _, g := range anonCues {
		re := g.re
		if re == reHomeCue && c.taskCount() >= 4 {
			continue // a remote job with real tasks
		}
		m, v, ok := findGated([]*view{c.title, c.text}, g, func(v *view, m []int) bool {
			if re == reNoExperience || re == reHiddenPay || re == reEasyPay {
				return !v.negatedStrict(m[0])
			}
			if re == reDemographics {
				// Equal-opportunity statements name the sexes to say they
				// do not matter.
				return !v.match(reFormNormal, v.sentenceText(m[0], m[1]))
			}
			if re == reUrgency {
				// "urgent care", "urgent requests" are tasks, not hurry.
				return !reUrgentTask.MatchString(v.s[m[1]:min(len(v.s), m[1]+24)])
			}
			return true
		})
		if !ok {
			continue
		}
		if n == 0 {
			first = v.span(m[0], m[1])
		}
		n++
		rare = rare || !commonCue(re)
	}
	// A title written as an advertisement.
	if m, ok := titleCue(c); ok {
		if n == 0 {
			first = c.title.span(m[0], m[1])
		}
		n++
		rare = true
	}
	// A pay field whose range makes no sense ("21-63000") was filled in by
	// someone who never meant to pay it.
	if sp, ok := incoherentPay(c); ok {
		if n == 0 {
			first = sp
		}
		n++
		rare = true
	}
	if !rare && n < 3 {
		return min(n, minAnonCues-1), first
	}
	return n, first
}

// rePayRange: a range of two amounts in a pay field, each perhaps in
// thousands ("21-63000", "20k - 30k").
var rePayRange = regexp.MustCompile(`(\d[\d,]*(?:\.\d+)?)\s*(k)?\s*(?:-|–|—|to)\s*(\d[\d,]*(?:\.\d+)?)\s*(k)?`)

// maxPaySpread is how many times its low end a real pay range's high end
// may be: hourly and yearly ranges, bands and "DOE" spreads stay well
// within it.
const maxPaySpread = 20

// incoherentPay finds a pay-field range whose high end is more than
// maxPaySpread times its low end ("21-63000": neither an hourly nor a
// yearly range), with a "k" on the high end carried to a bare low end
// ("20-30k" is 20k-30k) and a low end written in thousands read so when
// the band it gives is at most twofold ("20-25,000").
func incoherentPay(c *ctx) (model.Span, bool) {
	v := c.pay
	if v.s == "" || !strings.ContainsAny(v.s, "0123456789") {
		return model.Span{}, false
	}
	for _, m := range v.findAll(rePayRange) {
		lo, hi := parseAmount(v.s, m[2], m[3]), parseAmount(v.s, m[6], m[7])
		if m[4] >= 0 {
			lo *= 1000
		}
		if m[8] >= 0 {
			hi *= 1000
			if m[4] < 0 && lo*1000 <= hi {
				lo *= 1000
			}
		} else if m[4] < 0 && lo < 1000 && lo*1000 <= hi && hi <= lo*2000 {
			lo *= 1000 // "£20-25,000": the low end in thousands, as UK ads write it
		}
		if lo > 0 && hi > lo*maxPaySpread {
			return v.span(m[0], m[1]), true
		}
	}
	return model.Span{}, false
}

// reUrgentTask follows "urgent" when it describes work, not the hiring.
var reUrgentTask = regexp.MustCompile(`^\s*(care|cares|requests?|issues?|matters?|tasks?|calls?|repairs?|cases?|needs|situations?|tickets?|deadlines?|orders?|deliver\w*|projects?|problems?|medical|clinic|response)\b`)

// reTechAdmin: a technical administrator, a skilled role, not clerical work.
// Brand names may be split ("share point"), as views split CamelCase words.
var reTechAdmin = regexp.MustCompile(`\b(systems?|sys|database|db|network|linux|unix|windows|share ?point|sales ?force|it|server|cloud|devops|web|storage|security|citrix|vmware|oracle|sql|exchange|crm|erp|sap|backup|lms|word ?press|dev ?ops|my ?sql|ldap|active directory|identity|iam|jira|atlassian|google workspace|office ?365|m365|azure|aws|kubernetes|k8s|hadoop|mongo ?db|postgres(ql)?|splunk|okta)\s*(/\s*\w+\s*)?admin(istrator|istration)?\b`)

// genericTitle reports the evidence of a generic clerical, customer
// service or home-work title, leaving out technical administrators.
func genericTitle(c *ctx) (model.Span, bool) {
	return find([]*view{c.title}, reGenericRole, 0, func(v *view, m []int) bool {
		t := v.s[m[0]:m[1]]
		if strings.HasPrefix(t, "admin") && reTechAdmin.MatchString(v.s[max(0, m[0]-24):min(len(v.s), m[1])]) {
			return false
		}
		return true
	})
}
