package redflag

import (
	"net/url"
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/gigscout/gigscout/internal/model"
	"github.com/gigscout/gigscout/internal/textcue"
)

var (
	// reFee: the applicant paying to get or start the job.
	reFee = regexp.MustCompile(`\b((application|applying|registration|register|enrol?ment|enrol?ling|sign[- ]?up|joining|membership|processing|training|onboarding|placement|start[- ]?up|starter|starting|admin(istration)?|visa|background check|screening|verification|kit|equipment|material|materials|certification|interview|security|uniform|id card) (fee|fees|charge|charges|cost|deposit)s?|(refundable|security|small|one[- ]time|upfront|up-front|initial|minimal|nominal) (fee|deposit|payment|investment)|starter (kit|pack|package)|(purchase|buy|pay for) (your |a |the |our )?(own )?(starter )?(kit|training|certification|equipment|software|materials|uniform|supplies|license)|(you|applicants|candidates|interns|students)( will| must| need to| have to| are required to| should)+ (first )?(pay|deposit|invest|purchase|buy)\b|(pay|deposit|invest) (a|an|the)? ?(\$|₹|€|£|rs\.?|inr)?\s?\d[\d,]*(\.\d+)? (fee|deposit|to (start|join|register|apply|begin|get started)))`)
	// reEmployerPays: the employer pays ("we pay for your training").
	reEmployerPays = regexp.MustCompile(`\b(we|company|employer|our client|they)( will| shall| would)? (pay|cover|reimburse|provide|supply|ship|send)s?\b|\b(we|company|employer|our client|they)( will| shall| would)?\s*$|\b(paid|free|employer-paid|company-paid|reimbursed|covered|provided)( by (us|the company|the employer))?\s*$|\bat no (cost|charge)\b|\bfree of charge\b|\bis free\b|\bare free\b|\breimburs`)

	// reChatApp: messaging apps that fake recruiters move interviews to.
	reChatApp = regexp.MustCompile(`\b(telegram|whats ?app|signal (app|messenger|chat)|(google )?hangouts? chat|text ?now|wechat|kik (messenger|app)?|wickr|viber)\b|\bon signal\b|\bvia signal\b`)
	// reContactCue: the applicant is to contact or be interviewed.
	reContactCue = regexp.MustCompile(`\b(interview(s|ed|ing)?|contact|reach (out|us|me)|message|text (us|me|the)|chat with|add (me|us)|send (us |me )?(your|a|an)|apply|application|hr|recruiter|hiring (manager|team)|screening|dm|handle|username|user ?name|id|number|no\.?|call|@)\b|@`)
	// reCustomerChannel: the app is a channel for customers, not hiring.
	reCustomerChannel = regexp.MustCompile(`\b(customers?|clients?|users?|guests?|patients?|buyers?|shoppers?|leads|subscribers|community|audience|followers|channels?|social media|support tickets|campaigns?|bots?|integrations?|api)\b`)
	reEmail           = regexp.MustCompile(`[a-z0-9._%+-]+@([a-z0-9-]+(\.[a-z0-9-]+)+)`)
	webmail           = map[string]bool{"gmail": true, "googlemail": true, "yahoo": true, "ymail": true, "rocketmail": true,
		"hotmail": true, "outlook": true, "live": true, "msn": true, "aol": true, "icloud": true, "me": true, "mail": true,
		"gmx": true, "protonmail": true, "proton": true, "zoho": true, "yandex": true, "rediffmail": true, "inbox": true, "qq": true, "163": true}

	// reCheck: money or goods moved for the "employer".
	reCheck = regexp.MustCompile(`\b((cash|deposit)(ing)? (the |a |our |this |that |each )?(checks?|cheques?)|(checks?|cheques?) (will be |is |are )?(mailed|sent|delivered|couriered) to you|(mail|send) you (a |the )?(checks?|cheques?)|(purchase|buy)(\s+\w+){0,5}\s+(with|using|from) (the |a |our |this )?(checks?|cheques?|funds (we|you receive))|re-?ship(ping|per|pers|ment|ments)?|package (forwarding|reshipping|inspector)|parcel (forwarding|reshipping)|(receive|accept)(,| and)? (inspect(,| and)? )?(re-?ship|forward|repackage) (packages|parcels|items|goods|merchandise)|(receive|accept) (packages|parcels) (at|to|in) (your|home)|forward(ing)? (the )?(packages|parcels)|(buy|purchase)(\s+\w+){0,3}\s+gift ?cards?|gift ?card (codes?|numbers?|pins?)|(pay|payment|send|sent)(\s+\w+){0,3}\s+(in|via|with|using) gift ?cards?|(send|wire|transfer|forward|remit)(\s+\w+){0,3}\s+(money|funds|balance|remainder|remaining|difference|excess|rest)(\s+\w+){0,4}\s+(to|back to) (the |our )?(employer|company|us|me|vendor|supplier|agent|client|office)|(via|through|by|using) (western union|moneygram)|(bitcoin|btc|crypto(currency)?|usdt) (atm|wallet|deposit|transfer|address)|money mules?|money transfer (agent|job|position|assistant)s?|payment (processing|transfer|collection) (agent|assistant|representative|officer)|(process|receive|accept) (payments?|funds|money|transfers?) (in|into|on|through|via) your (own |personal )?(bank )?account)\b`)
	// reMoneyDuty: bookkeeping and payroll contexts where money words are tasks.
	reMoneyDuty = regexp.MustCompile(`\b(direct deposit|payroll|accounts? (payable|receivable)|invoices?|reconcil\w*|bookkeep\w*|ledger|journal entries|bank deposits|deposits? (checks|cheques) (received|from)|customers'?|patients'?|tenants'?|shipping department|warehouse|logistics|fulfil?ment center|carriers?|freight)\b`)

	// rePersonal: sensitive personal data.
	rePersonal    = regexp.MustCompile(`\b(social security (number|no|#|card)s?|ssn|national (id|identity|insurance) (number|card)?|(bank|banking) (account )?(details|information|info|number|statement|login|credentials)|routing (number|no)|account (and|&) routing|(scan(ned)?|copy|copies|photo|picture|image|photocopy|selfie)(\s+\w+){0,2}\s+of (your |a |an |the )?(valid |current )?(driver'?s'? licen[sc]e|passport|(government|state|photo)[- ]?(issued )?id|id card|identification|national id|ssn)|date of birth|dob|mother'?s maiden name|credit card (number|details|info))\b`)
	rePersonalAsk = regexp.MustCompile(`\b(you|your|send|provide|submit|include|attach|email|e-mail|fill|forward|upload|along with|must have|have a|need|required|apply|applying|application|applicants?|candidates?)\b`)
	// rePostOffer: data asked after an offer, for payroll or a background
	// check: legitimate.
	rePostOffer = regexp.MustCompile(`\b((after|upon|following|once|when) (\w+ ){0,2}(offer|hire|hiring|hired|employment|start|onboarding|acceptance)|background (check|screening|investigation)|i-9|e-verify|onboarding|payroll|direct deposit|new hires?|` + postOfferFirm + `)\b`)
	// rePostOfferFirm: the parts of rePostOffer that no stage of hiring
	// undoes (postOfferFirm).
	rePostOfferFirm = regexp.MustCompile(`\b(` + postOfferFirm + `)\b`)
	// rePreOffer: the data is asked before any offer, with the application
	// itself: "so we can set up payroll before the interview".
	rePreOffer = regexp.MustCompile(`\b((before|prior to|ahead of) (the |an |your |any |our )?(interview|offer|selection|screening call|being (hired|selected|interviewed))|to (apply|be considered)|in order to apply|(with|in) your (application|reply|response|cv|resume))\b`)

	// rePressureStrong: pressure to act before thinking.
	rePressureStrong = regexp.MustCompile(`\b(no (face[- ]to[- ]face |formal )?interviews? (is |are )?(needed|required|necessary)|without (an |any )?interview|only \d+ (slots?|spots?|seats?|positions?|openings?|vacanc\w+|places?) (left|remaining|available)|(limited|few) (slots|spots|seats|places) (left|remaining|available)|(reply|respond|apply|confirm|register|sign up)( to this (ad|email|message|post))? within \d+ (hours?|hrs?|minutes?|mins?)|act (now|fast|quickly|today)|hurry( up)?\b|don'?t miss (out|this)|first come,? first serve[ds]?|hired (on the spot|same day|today)|offer (expires|ends)|take action|urgent(ly)? (hiring|needed|need|looking|requirement|vacanc\w*|opening)|positions? (are )?filling (up )?fast|apply (right )?now before|start (earning )?(today|now)|limited time (offer|only)|(apply|call|register|sign up|join) (today|now)!)|\*\s?urgent\s?\*`)
	// rePressureWeak: urgency that is normal on its own ("immediate start").
	rePressureWeak = regexp.MustCompile(`\b(immediate (start|hire|hiring|joiner|joining)|start(ing)? immediately|hiring immediately|needed immediately|join immediately)\b`)

	reStealth = regexp.MustCompile(`\bstealth\b`)
	// reOrgNamed (case-sensitive, on the original text) finds a text that
	// names its organization: "Aker Solutions is a global provider",
	// "Acme, Inc.", "founded in 1998".
	reOrgNamed   = regexp.MustCompile(`(\b[A-Z][\w&.'-]*(?:\s+[A-Z][\w&.'-]*){0,3},?\s+(?:is|was|has been|are|have been)\s+(?:a|an|the|one|changing|building|looking|seeking|hiring|growing|leading|transforming|proud|currently|now|excited|committed|dedicated|focused|known|based|headquartered|located|recognized)\b|\b(?:Inc|LLC|Ltd|GmbH|Corp|Corporation|Limited|PLC|AG|S\.A|Pty|LLP)\b|\b[Ff]ounded in \d{4}|\b(?:[Aa]bout|[Aa]t|[Jj]oin) [A-Z][a-z]+[A-Z]?\w*)`)
	orgStopWords = map[string]bool{"The": true, "Our": true, "We": true, "This": true, "That": true, "It": true, "You": true,
		"Your": true, "Client": true, "Company": true, "Candidate": true, "Candidates": true, "Position": true, "Role": true,
		"Job": true, "He": true, "She": true, "They": true, "There": true, "A": true, "An": true, "Each": true, "Every": true,
		"Any": true, "Applicants": true, "Applicant": true, "Team": true, "Duties": true, "Responsibilities": true,
		"Salary": true, "Pay": true, "Work": true, "What": true, "Who": true, "Why": true, "If": true, "Description": true,
		"Experience": true, "Benefits": true, "Requirements": true, "All": true, "Training": true, "Hours": true, "Here": true}
	// reGenericRole: the titles anonymous fake-job ads use most: clerical,
	// data entry, admin, payroll and bookkeeping, customer service, home work,
	// office and processing clerks, call and telemarketing agents.
	reGenericRole = regexp.MustCompile(`\b(data entry|data[- ]entry|typist|typing|admin\w*|clerical|clerks?|secretary|receptionist|front desk|office (assistant|manager|clerk|coordinator)|personal assistant|virtual assistant|bookkeep\w*|payroll|account(ing|s)? (clerk|assistant)|accounts? (payable|receivable)|(assistant|junior) accountant|finance assistant|customer (service|care|support)|call (center|centre)|executive assistant|cashier|(cruise|cruise ship|ship|hotel|resort) (staff|crew|jobs?|workers?|personnel)|network marketing|online (jobs?|work|positions?|assistant)|rebate process\w*|envelope stuff\w*|form filling|ad posting|(payment|funds|money) (processing )?(agent|processor|transfer \w+)|mystery shopper|package handler|shipping (clerk|coordinator|assistant|manager)|work (from|at) home|home[- ]based|cash (job|jobs|pay)|part[- ]time (students?|workers?|staff|jobs?|positions?)|office (staff|worker|support|helper)s?|(hr|human resources|purchasing|procurement|billing|sales support|general office) (assistant|clerk|support)s?|(billing|collections?|claims|order entry|document|mail ?room|records?|data) (clerk|processor|coordinator)s?|telemarket\w*|(inbound|outbound) (call |calls |sales |phone )?(agent|representative|rep|operator)s?|(call|phone|chat) (agent|operator|representative)s?|(remote|home|online) (typist|agent|representative|worker)s?)\b`)

	// reHomeWork: home or spare-time work.
	reHomeWork = regexp.MustCompile(`\b(from (the comfort of )?(your )?(own )?home|at home|home[- ]based|stay[- ]at[- ]home|in your (free|spare) time|at your own (place|pace)|your own hours|any ?where in the (country|world)|from anywhere|work any ?time|own boss)\b`)
	// reMoneyPitch: selling money, not work.
	reMoneyPitch = regexp.MustCompile(`\b((make|earn|get|making|earning|boost|supplement) (\w+ ){0,2}(money|cash|income|\$\s?\d[\d,]*(\.\d+)?)|extra (income|cash|money)|easy (money|cash|way to (earn|make|supplement))|(be|become) your own boss|financial (freedom|independence)|get paid (daily|to|for)|paid daily|biggest cash|unlimited (income|earnings?)|work from home (opportunity|job|business))`)
)

func checkUpfrontFee(c *ctx) (hit, bool) {
	sp, ok := find(c.job(), reFee, 0, func(v *view, m []int) bool {
		if v.negated(m[0], m[1]) {
			return false
		}
		// Employer-paid: "we pay for your training", "training fee is covered".
		x, y := v.sentence(m[0], m[1])
		before := v.s[max(x, m[0]-30):m[0]]
		after := v.s[m[1]:min(y, m[1]+40)]
		if v.match(reEmployerPays, before) || v.match(reEmployerPaysAfter, after) {
			return false
		}
		return !strings.HasSuffix(v.s[max(0, m[0]-6):m[0]], "paid ")
	})
	if !ok {
		return hit{}, false
	}
	return hit{span: sp}, true
}

var reEmployerPaysAfter = regexp.MustCompile(`^\s*(is |are |will be )?(paid|covered|reimbursed|provided|waived|included|free|refunded by (us|the company))\b|^\s*(paid|covered) by`)

func checkOffplatform(c *ctx) (hit, bool) {
	if sp, ok := find(c.job(), reChatApp, 0, func(v *view, m []int) bool {
		x, y := v.sentence(m[0], m[1])
		sent := v.s[x:y]
		if appDisclaimed(v.s[x:m[0]]) {
			return false // "we will never interview you on WhatsApp": a warning, not a contact
		}
		if v.match(reCustomerChannel, sent) && !strings.Contains(sent, "interview") {
			return false
		}
		if c.company.s != "" && strings.Contains(c.company.s, strings.TrimSpace(v.s[m[0]:m[1]])) {
			return false // the app's own company
		}
		return v.match(reContactCue, sent)
	}); ok {
		return hit{span: sp}, true
	}
	// Personal webmail as the contact of a named company.
	if c.company.s == "" {
		return hit{}, false
	}
	return findEmail(c, func(domain string) bool {
		label := strings.SplitN(domain, ".", 2)[0]
		return webmail[label] && !strings.Contains(c.company.s, label)
	})
}

// reAppListTail: the apps, commas and "or"s of a list that ends before
// the app matched ("on Telegram, WhatsApp or ...").
var reAppListTail = regexp.MustCompile(`((telegram|whats ?app|signal|hangouts?|text ?now|wechat|kik|wickr|viber|sms|text|gmail|yahoo|email|e-mail)|[\s,/]|\bor\b|\band\b)*$`)

// reContactNegator: a word that turns a contact clause into a warning
// ("we never", "will not", "don't").
var reContactNegator = regexp.MustCompile(`\b(never|not|no one|nobody|neither|nor|cannot|can't|won't|don't|doesn't|didn't|isn't|aren't|wouldn't|shouldn't)\b`)

// appDisclaimed reports whether the clause before a messaging app (before
// is the sentence up to it) negates the contact: employers warn that they
// never interview or write from chat apps. Only the clause counts ("we do
// not need experience, text us on WhatsApp" is a contact), and an app list
// belongs to the clause it ends ("we never contact you on Telegram,
// WhatsApp or Signal").
func appDisclaimed(before string) bool {
	if loc := reAppListTail.FindStringIndex(before); loc != nil {
		before = before[:loc[0]]
	}
	if i := strings.LastIndexAny(before, ",;:"); i >= 0 {
		before = before[i+1:]
	}
	for _, m := range reContactNegator.FindAllStringIndex(before, -1) {
		if !reNegIdiom.MatchString(before[m[1]:]) {
			return true
		}
	}
	return false
}

// reNegIdiom follows a negator that urges rather than denies ("don't
// hesitate to message us", "do not miss out").
var reNegIdiom = regexp.MustCompile(`^ (hesitate|wait|delay|miss|forget)\b`)

// findEmail returns the first email in the job text whose domain satisfies bad.
func findEmail(c *ctx, bad func(domain string) bool) (hit, bool) {
	sp, ok := find([]*view{c.text, c.title, c.pay}, reEmail, 0, func(v *view, m []int) bool {
		return bad(v.s[m[2]:m[3]])
	})
	if !ok {
		return hit{}, false
	}
	return hit{span: sp}, true
}

func checkCheckHandling(c *ctx) (hit, bool) {
	sp, ok := find(c.job(), reCheck, 0, func(v *view, m []int) bool {
		sent := v.sentenceText(m[0], m[1])
		if v.match(reMoneyDuty, sent) || v.negated(m[0], m[1]) {
			return false
		}
		t := v.s[m[0]:m[1]]
		if strings.Contains(t, "western union") || strings.Contains(t, "moneygram") {
			return !strings.Contains(c.company.s, "western union") && !strings.Contains(c.company.s, "moneygram")
		}
		return true
	})
	if !ok {
		return hit{}, false
	}
	return hit{span: sp}, true
}

// rePressureWide: the hurry reviewers count as pressure besides the strong
// phrases: "start today", "start immediately" said to the reader (not a
// "Start: immediately" field), "only 5 spots", "limited slots", "apply
// before it's gone", "spots are filling fast", "last chance", "don't wait",
// "reply ASAP".
var rePressureWide = regexp.MustCompile(`\b((can|could|will|to|and|then|you|must|ready to|able to|want to|wants to) (start|begin|join)( us)? (work(ing)? |earning )?(immediately|today|tomorrow|right away|right now|asap)|(start|begin) (earning|working|making money) (immediately|today|right away|right now|asap)|(only|just) (\d+|a few|few|a handful of|two|three|four|five|six|seven|eight|nine|ten) (more )?((spots?|slots?|seats?|places?)( (are |is )?(left|remaining|available|open))?|(positions?|openings?|vacanc\w+) (are |is )?(left|remaining))|limited (number of )?(slots|spots|seats|places|openings|positions|vacancies)( (left|remaining|available))?|(slots|spots|seats|places|openings|positions|vacancies) (are )?(very |strictly )?limited|(slots|spots|seats|places|openings|positions|vacancies) (are )?(going|filling|selling|being filled) (up )?(fast|quickly)|(apply|act|hurry|register|sign up) (now )?before (it'?s|they'?re|the (spots?|positions?|slots?|places?|seats?) (are|is)) (all )?(gone|filled|taken|too late)|before (it'?s|they'?re) (all )?(gone|too late)|while (spots|slots|positions|places|seats|stocks?) last|last chance|(don'?t|do not) (wait|delay|hesitate,? (apply|act|call|sign up) (now|today))|(apply|respond|reply|register|call|text|contact us|email us|message us) (asap|immediately|right away|as soon as possible)|deadline (to apply |for applications )?(is )?(today|tomorrow|tonight)|apply (by|before) (midnight|tonight|today|tomorrow)|(today|tonight) only|(offer|deal|opportunity) (won'?t|will not|doesn'?t|does not) last|(will|to|shall) be filled (with)?in (\d+|twenty[- ]four|forty[- ]eight|seventy[- ]two) (hours?|hrs?)|first \d+ (people|persons|applicants|candidates|respondents|callers|students) (who|to) (respond|reply|apply|call|register|sign up|contact|message|email|text))\b`)

// reStartSequence follows a start cue that says when work can begin
// rather than urging the reader ("start immediately after approval").
var reStartSequence = regexp.MustCompile(`^ (after|once|upon|following|when)\b`)

// Gates of the pressure patterns: literals every match contains.
var (
	gatePressureStrong = &gated{re: rePressureStrong, lits: []string{"interview", "only ", "limited", "few ", "within", "act now",
		"act fast", "act quickly", "act today", "hurry", "miss", "first come", "hired ", "offer expires", "offer ends",
		"take action", "urgent", "filling", "now before", "start today", "start now", "start earning", "today!", "now!"}}
	gatePressureWide = &gated{re: rePressureWide, lits: []string{"immediately", "today", "tomorrow", "right away", "right now",
		"asap", "only ", "just ", "limited", "fast", "quickly", "before", "last", "wait", "delay", "hesitate", "as soon as", "tonight",
		"filled", "midnight", "first 1", "first 2", "first 3", "first 4", "first 5", "first 6", "first 7", "first 8", "first 9"}}
	gatePressureWeak = &gated{re: rePressureWeak, lits: []string{"immediate"}}
)

// postOfferFirm are the alternatives of rePostOffer that no stage of
// hiring undoes: a denial, a notice, the data of someone else.
const postOfferFirm = `equal (opportunity|employment)|discriminat\w*|regardless of|never (ask|request)|(will|do|does|would) not (ask|request|require)|won't (ask|request)|customers?'?|clients?'?|patients?'?|members?'?|callers?'?|residents?'?|borrowers?'?|policyholders?'?|verify|verifying|verification of (customer|client)`

// rePersonalBasic: the personal details reviewers count when an ad asks
// applicants to send them outside a normal application form.
var rePersonalBasic = regexp.MustCompile(`\b(names? ?(,|and|&|\+|/) ?(your )?((phone|cell|mobile|contact|telephone|whats ?app) )?(numbers?|nos?)|contact (number|no)s?|full (legal )?names?|(first and last|first & last|complete) names?|(home|residential|mailing|postal|current|physical) address(es)?|phone (number|no)s?|(cell|mobile|home) (phone|number)s?|telephone (number|no)s?|ages?|d\.?o\.?b|date of birth|birth ?date|marital status|gender|sex|nationality|(recent|current|passport[- ]size|full[- ]length|clear|color|colour) (photo(graph)?s?|pictures?|pics?)|photo(graph)?s? of (yourself|you)|(your|a) (photo(graph)?|picture|pic|selfie)s?|(with|and|plus|including) (a )?(photo(graph)?|picture|pic)s?)\b`)

// gatePersonalBasic: literals every rePersonalBasic match contains.
var gatePersonalBasic = &gated{re: rePersonalBasic, lits: []string{"name", "address", "phone", "number", "age", "dob", "d.o.b",
	"birth", "marital", "gender", "sex", "nationality", "photo", "picture", "pic", "selfie"}}

// reSendAsk: the applicant is asked to send or state something.
var reSendAsk = regexp.MustCompile(`\b(send|email|e-mail|mail|provide|submit|include|forward|text|sms|whats ?app|reply with|along with|attach|state|mention|indicate|specify|tell us|let us know|share|message us|write to|with your (cv|resume|application)|following (details|information|info))\b`)

// reFormNormal: the details go into an ordinary application form.
var reFormNormal = regexp.MustCompile(`\b(application form|apply online|online application|our (careers|career) (site|page|portal)|applicant tracking|equal (opportunity|employment)|regardless of|discriminat\w*|without regard|protected)\b`)

// personalBasicAsk finds a sentence asking the applicant to send two or
// more basic personal details (or one telling one: age, date of birth,
// marital status, a photo).
func personalBasicAsk(c *ctx) (model.Span, bool) {
	for _, v := range []*view{c.title, c.text} {
		ms := v.all(gatePersonalBasic) // in text order
		end := -1                      // each sentence is judged once
		for k, m := range ms {
			if m[0] < end {
				continue
			}
			x, y := v.sentence(m[0], m[1])
			end = y
			sent := v.s[x:y]
			if !v.match(reSendAsk, sent) || v.match(reFormNormal, sent) || postOffer(v, sent) || askDenied(sent) {
				continue
			}
			items := map[string]bool{}
			var first, tell []int
			for _, n := range ms[k:] {
				if n[0] >= y {
					break
				}
				if !personalItem(v, n[0], n[1]) || v.negated(n[0], n[1]) {
					continue
				}
				t := v.s[n[0]:n[1]]
				items[t] = true
				if first == nil {
					first = n
				}
				if tell == nil && tellingItem(t) {
					tell = n
				}
			}
			switch {
			case len(items) >= 2:
				return v.span(first[0], first[1]), true
			case tell != nil:
				return v.span(tell[0], tell[1]), true
			}
		}
	}
	return model.Span{}, false
}

// reAskDenied: the sentence tells applicants not to send the details
// ("do not include a photo or your date of birth", "no need to send").
var reAskDenied = regexp.MustCompile(`\b(do not|don't|dont|never|no need to) (\w+ )?(send|include|attach|provide|submit|share|enclose|add|put|give)\b`)

// reIfNot precedes a denial that is a condition ("applicants who do not
// send a photo", "if you do not provide"): the details are still asked.
var reIfNot = regexp.MustCompile(`\b(who|that|if you|unless you|those|failure to|fail to)\s*$`)

// askDenied reports whether sent tells applicants not to send something.
func askDenied(sent string) bool {
	for _, m := range reAskDenied.FindAllStringIndex(sent, -1) {
		if !reIfNot.MatchString(sent[max(0, m[0]-16):m[0]]) {
			return true
		}
	}
	return false
}

// tellingItem reports a detail that on its own has no place in a job
// application sent by mail: age, date of birth, marital status, a photo.
func tellingItem(t string) bool {
	if strings.HasPrefix(t, "name") {
		return true // "name, number": two details in one breath
	}
	return strings.Contains(t, "marital") || strings.Contains(t, "photo") || strings.Contains(t, "picture") ||
		strings.Contains(t, "pic") || strings.Contains(t, "selfie") || t == "age" ||
		strings.Contains(t, "birth") || t == "dob" || t == "d.o.b"
}

// personalItem reports whether the rePersonalBasic match v.s[a:b] names a
// detail of the applicant rather than a condition or something else:
// "18 years of age", "all ages", "age group" and "a photo of your work"
// are not details asked for.
func personalItem(v *view, a, b int) bool {
	t := v.s[a:b]
	if strings.HasPrefix(t, "age") {
		before := v.s[max(0, a-5):a]
		if strings.HasSuffix(before, "of ") || strings.HasSuffix(before, "all ") || strings.HasSuffix(before, "any ") ||
			reAgeNoun.MatchString(v.s[b:min(len(v.s), b+14)]) {
			return false
		}
	}
	if after := v.s[b:min(len(v.s), b+16)]; strings.HasPrefix(after, " of ") && !reOfSelf.MatchString(after) {
		return false
	}
	return true
}

// reAgeNoun: "age" as part of a noun phrase, not a detail asked for.
var reAgeNoun = regexp.MustCompile(`^ (groups?|ranges?|limits?|brackets?|requirements?|restrictions?)\b`)

// reOfSelf: a photo "of yourself".
var reOfSelf = regexp.MustCompile(`^ of (yourself|you|your (face|self|full body))\b`)

func checkPersonalData(c *ctx) (hit, bool) {
	if sp, ok := personalBasicAsk(c); ok {
		if _, strong := findSensitive(c); !strong {
			return hit{span: sp, sev: model.SeverityMedium}, true
		}
	}
	sp, ok := findSensitive(c)
	if !ok {
		return hit{}, false
	}
	return hit{span: sp}, true
}

// postOffer reports whether sent asks for the data after an offer (for
// payroll, a background check) or names someone else's, so that asking is
// legitimate; a sentence that asks for it before the interview or with the
// application is not, whatever it says the data is for.
func postOffer(v *view, sent string) bool {
	if !v.match(rePostOffer, sent) {
		return false
	}
	return !v.match(rePreOffer, sent) || v.match(rePostOfferFirm, sent)
}

// findSensitive finds a request for sensitive data (ID, bank, SSN).
func findSensitive(c *ctx) (model.Span, bool) {
	return find(c.job(), rePersonal, 0, func(v *view, m []int) bool {
		sent := v.sentenceText(m[0], m[1])
		if postOffer(v, sent) || v.negated(m[0], m[1]) || askDenied(sent) {
			return false
		}
		// An ID scan is always a request; other data needs a request word
		// around it ("send your SSN", "with your application").
		t := v.s[m[0]:m[1]]
		if strings.Contains(t, " of ") {
			return true
		}
		return v.match(rePersonalAsk, sent)
	})
}

func checkPressure(c *ctx) (hit, bool) {
	views := []*view{c.title, c.text}
	// A wide cue counts unless negated ("no need to start today"); the
	// "don't wait" forms carry their own negation.
	acceptWide := func(v *view, m []int) bool {
		t := v.s[m[0]:m[1]]
		if reStartSequence.MatchString(v.s[m[1]:min(len(v.s), m[1]+12)]) {
			return false // "start immediately after you are approved": when, not a push
		}
		return strings.HasPrefix(t, "don") || strings.HasPrefix(t, "do not") || !v.negated(m[0], m[1])
	}
	// Evidence: the first cue in the title, then the text; weak cues
	// ("immediate start") count as evidence once a strong or wide one is
	// present.
	var found bool
	var spans [2][]int // per view: the earliest cue
	for i, v := range views {
		for _, g := range []*gated{gatePressureStrong, gatePressureWide} {
			m, _, ok := findGated([]*view{v}, g, func(v *view, m []int) bool {
				if g == gatePressureWide {
					return acceptWide(v, m)
				}
				// Phrases that carry their own "no" ("no interview
				// needed") are not negated by another ("no experience, no
				// interview needed").
				t := v.s[m[0]:m[1]]
				return strings.HasPrefix(t, "no") || strings.HasPrefix(t, "without") || strings.HasPrefix(t, "don") || !v.negated(m[0], m[1])
			})
			if ok {
				found = true
				if spans[i] == nil || m[0] < spans[i][0] {
					spans[i] = m
				}
			}
		}
	}
	if !found {
		return hit{}, false
	}
	for i, v := range views {
		if m, ok := v.first(gatePressureWeak); ok && (spans[i] == nil || m[0] < spans[i][0]) {
			spans[i] = m
		}
		if spans[i] != nil {
			return hit{span: v.span(spans[i][0], spans[i][1])}, true
		}
	}
	return hit{}, false
}

// anonymous reports whether nothing says who the employer is: no company
// name and nothing else identifies it (see unidentified).
func anonymous(c *ctx) bool {
	return strings.TrimSpace(c.l.Company) == "" && unidentified(c)
}

// unidentified reports whether nothing but (at most) a name says who the
// employer is: no company profile or website, no careers board of the
// employer's own (an applicant-tracking system or a host carrying the
// name), no mention of the name in the text, and a text that never names an
// organization. A name alone identifies no one (every crawled listing
// carries one, if only its board's), so the rules built on this never rest
// on a missing name. The result is computed once per assessment.
func unidentified(c *ctx) bool {
	if !c.unidentDone {
		c.unident, c.unidentDone = isUnidentified(c), true
	}
	return c.unident
}

func isUnidentified(c *ctx) bool {
	l := c.l
	if strings.TrimSpace(l.CompanyInfo) != "" || strings.TrimSpace(l.CompanyURL) != "" {
		return false
	}
	if ownBoard(alnum(c.company.s), l.URL, l.ApplyURL) {
		return false
	}
	if name := strings.TrimSpace(c.company.s); len(name) >= 3 && strings.Contains(c.text.s, name) {
		return false
	}
	named := false
	eachOrgNamed(l.Text, c.text.plain, func(a, b int) bool {
		if reArticleBefore.MatchString(l.Text[max(0, a-12):a]) {
			return true // "A Luxury Cruise Company is hiring" describes, not names
		}
		named = namesOrg(strings.Fields(l.Text[a:b]))
		return !named
	})
	return !named
}

// reOrgNamedAt0 and reOrgNamedAt are reOrgNamed anchored at the start of
// their input and after one leading rune (the context of \b), as cue.go
// anchors its patterns.
var (
	reOrgNamedAt0 = regexp.MustCompile(`^(?:` + reOrgNamed.String() + `)`)
	reOrgNamedAt  = regexp.MustCompile(`^(?s:.)(?:` + reOrgNamed.String() + `)`)
)

// eachOrgNamed calls fn with the bounds of each match of reOrgNamed in s,
// in order, until fn returns false: the matches of
// reOrgNamed.FindAllStringIndex(s, -1). Unless plain, the pattern runs
// anchored only where orgWindow says a match may start, on the window it
// gives, instead of over the whole text (the costliest pattern of the
// rules: every capitalized word may start a match, so no literal prefix
// narrows it).
func eachOrgNamed(s string, plain bool, fn func(a, b int) bool) {
	if plain {
		for _, m := range reOrgNamed.FindAllStringIndex(s, -1) {
			if !fn(m[0], m[1]) {
				return
			}
		}
		return
	}
	end := 0 // matches do not overlap: the search goes on after each
	for p := 0; p < len(s); p++ {
		if c := s[p]; p < end || !orgStart[c] || p > 0 && textcue.IsWord(s[p-1]) {
			continue
		}
		w := orgWindow(s, p)
		if w < 0 {
			continue
		}
		var m []int
		if p == 0 {
			m = reOrgNamedAt0.FindStringIndex(s[:w])
		} else if m = reOrgNamedAt.FindStringIndex(s[p-1 : w]); m != nil {
			m[0], m[1] = p, m[1]+p-1
		}
		if m == nil {
			continue
		}
		if !fn(m[0], m[1]) {
			return
		}
		end = m[1]
	}
}

// orgStart holds the bytes a match of reOrgNamed may start with.
var orgStart = func() (t [256]bool) {
	for c := 'A'; c <= 'Z'; c++ {
		t[c] = true
	}
	t['a'], t['f'], t['j'] = true, true, true
	return t
}()

// orgPrefixes are reOrgNamed's legal suffixes (its second alternative).
var orgPrefixes = []string{"Inc", "LLC", "Ltd", "GmbH", "Corp", "Corporation", "Limited", "PLC", "AG", "S.A", "Pty", "LLP"}

// orgWindow returns -1 when no match of reOrgNamed can start at s[p],
// else an end of s past which no match starting there reaches, with room
// for the rune after its end (the context of a final \b). It follows each
// alternative of the pattern as far as needed to tell: a match starts at
// a word boundary, with a capital (a run of capitalized words before "is",
// "was", ..., or a legal suffix) or with "founded in", "about", "at" or
// "join" (capitalized or not).
func orgWindow(s string, p int) int {
	c := s[p]
	if p > 0 && textcue.IsWord(s[p-1]) {
		return -1
	}
	w := -1
	grow := func(e int) { w = max(w, min(len(s), e+utf8.UTFMax)) }
	rest := s[p:]
	if (c == 'F' || c == 'f') && strings.HasPrefix(rest[1:], "ounded in ") {
		grow(p + len("founded in 0000"))
	}
	for _, kw := range [...]string{"bout ", "t ", "oin "} {
		if (kw[0] == 'b' || kw[0] == 't') && c != 'A' && c != 'a' || kw[0] == 'o' && c != 'J' && c != 'j' {
			continue
		}
		if q := p + 1 + len(kw); strings.HasPrefix(rest[1:], kw) && q < len(s) && isUpperByte(s[q]) {
			e := q + 1
			for e < len(s) && textcue.IsWord(s[e]) {
				e++
			}
			grow(e)
		}
	}
	if !isUpperByte(c) {
		return w
	}
	for _, pre := range orgPrefixes {
		if strings.HasPrefix(rest, pre) {
			grow(p + len("Corporation"))
			break
		}
	}
	// Up to four capitalized words (each [A-Z][\w&.'-]*, taken whole:
	// what may follow one is a space or a comma), an optional comma,
	// spaces and a verb, spaces and a word of at most 13 bytes.
	i := p
	for words := 1; ; words++ {
		i++
		for i < len(s) && orgWordByte(s[i]) {
			i++
		}
		comma := i < len(s) && s[i] == ','
		if comma {
			i++
		}
		k := i
		for k < len(s) && isRESpace(s[k]) {
			k++
		}
		if k == i || k == len(s) {
			return w
		}
		if v := orgVerbLen(s[k:]); v > 0 {
			k += v
			for k < len(s) && isRESpace(s[k]) {
				k++
			}
			grow(k + len("headquartered"))
			return w
		}
		if comma || words == 4 || !isUpperByte(s[k]) {
			return w
		}
		i = k
	}
}

// orgVerbLen returns the length of the verb of reOrgNamed that s starts
// with, or 0.
func orgVerbLen(s string) int {
	for _, v := range [...]string{"is", "was", "has been", "are", "have been"} {
		if strings.HasPrefix(s, v) {
			return len(v)
		}
	}
	return 0
}

// orgWordByte: the bytes of [\w&.'-].
func orgWordByte(b byte) bool {
	return textcue.IsWord(b) || b == '&' || b == '.' || b == '\'' || b == '-'
}

// isRESpace: the bytes of the regexp package's \s.
func isRESpace(b byte) bool { return b == ' ' || b == '\t' || b == '\n' || b == '\f' || b == '\r' }

func isUpperByte(b byte) bool { return 'A' <= b && b <= 'Z' }

// ownBoard reports a listing or apply address on an applicant-tracking
// system or on a host that carries the company key.
func ownBoard(key string, urls ...string) bool {
	for _, u := range urls {
		pu, err := url.Parse(u)
		if err != nil || pu.Host == "" {
			continue
		}
		host := strings.ToLower(pu.Host)
		if atsHost(host) || (len(key) >= 4 && strings.Contains(alnum(host), key)) {
			return true
		}
	}
	return false
}

// atsHosts are applicant-tracking systems: a posting on one is on the
// employer's own careers board.
var atsHosts = []string{"greenhouse.io", "lever.co", "ashbyhq.com", "workable.com", "smartrecruiters.com",
	"recruitee.com", "myworkdayjobs.com", "bamboohr.com", "jobvite.com", "icims.com", "breezy.hr",
	"teamtailor.com", "personio.de", "personio.com", "usajobs.gov"}

func atsHost(host string) bool {
	for _, h := range atsHosts {
		if host == h || strings.HasSuffix(host, "."+h) {
			return true
		}
	}
	return false
}

// alnum keeps the lower-case letters and digits of s.
func alnum(s string) string {
	return strings.Map(func(r rune) rune {
		switch {
		case r >= 'a' && r <= 'z' || r >= '0' && r <= '9':
			return r
		case r >= 'A' && r <= 'Z':
			return r + 'a' - 'A'
		}
		return -1
	}, s)
}

// reArticleBefore: an indefinite article (perhaps with a short token such
// as "6*" or "leading" in between) before a capitalized phrase makes it a
// description of the employer, not its name.
var reArticleBefore = regexp.MustCompile(`(?i)(^|\W)an?\s+(\S{1,8}\s+)?$`)

// namesOrg reports whether a reOrgNamed match names an organization rather
// than a pronoun or heading ("Our client is", "JOB DESCRIPTIONWe are").
func namesOrg(words []string) bool {
	if len(words) == 0 || orgStopWords[strings.Trim(words[0], ",.")] {
		return false
	}
	for _, w := range words {
		w = strings.Trim(w, ",.")
		for stop := range orgStopWords {
			if len(w) > len(stop) && strings.HasSuffix(w, stop) && unicode.IsUpper(rune(w[len(w)-len(stop)-1])) {
				return false // a heading glued to a pronoun
			}
		}
	}
	return true
}

func checkAnonEmployer(c *ctx) (hit, bool) {
	if has(reStealth, c.text, c.title) {
		return hit{}, false // a stealth startup explains its missing name
	}
	if unidentified(c) {
		// The commonest fake job: an ad for generic clerical, data-entry or
		// home work from an employer nothing identifies.
		// A name that nothing else backs changes nothing: the fake clerical
		// ads of EMSCAD state a salary as often as real ones do. Only an
		// internship, student job or scoped project (small employers offer
		// them through aggregators without a profile every day) needs one
		// weak sign beside the title, or no stated pay (nothing in the pay field,
		// title or text says what it pays: see payStated; a salary field
		// normalization could not read still states pay).
		if sp, ok := genericTitle(c); ok {
			if anonymous(c) {
				return hit{span: sp, sev: model.SeverityHigh}, true
			}
			if n, cue := anonCueHits(c); n >= 1 || !payStated(c) || !traineeTitle(c) {
				return hit{span: sp, sev: model.SeverityHigh, reason: genericReason(n, cue, payStated(c))}, true
			}
		}
		// Or it shows several weak signs of a fake ad: direct contact by
		// email or phone, hurry, no experience needed, hidden pay, travel
		// and visa lures, easy pay from home.
		if n, sp := anonCueHits(c); n >= minAnonCues {
			return hit{span: sp, sev: model.SeverityHigh, reason: anonReason(whySign(sp.Text))}, true
		}
		// Staffing agencies post anonymous ads too, but they describe the
		// work and its schedule; no name at all with little substance is
		// the warning sign (medium: never high on its own).
		if anonymous(c) && c.taskCount() < 4 && !has(reDuration, c.title, c.text) {
			return hit{span: structural(FieldCompany)}, true
		}
	}
	// A named company whose contact address is on an unrelated domain:
	// any such domain without a profile; with a profile, only when the
	// employer's own site or apply address is known to compare with.
	if c.company.s == "" || (c.info.s != "" && strings.TrimSpace(c.l.CompanyURL) == "" && strings.TrimSpace(c.l.ApplyURL) == "") {
		return hit{}, false
	}
	return findEmail(c, func(domain string) bool { return unrelatedDomain(c, domain) })
}

// unrelatedDomain reports whether a (non-webmail) contact domain has
// nothing in common with the company name or its web addresses.
func unrelatedDomain(c *ctx, domain string) bool {
	parts := strings.Split(domain, ".")
	label := parts[0]
	if len(parts) > 2 {
		label = parts[len(parts)-2]
	}
	if webmail[label] || len(label) < 3 {
		return false
	}
	for _, u := range []string{c.l.CompanyURL, c.l.URL, c.l.ApplyURL} {
		if pu, err := url.Parse(u); err == nil && pu.Host != "" && strings.Contains(strings.ToLower(pu.Host), label) {
			return false
		}
	}
	name := strings.Map(func(r rune) rune {
		if r >= 'a' && r <= 'z' || r >= '0' && r <= '9' {
			return r
		}
		return -1
	}, c.company.s)
	if name == "" || strings.Contains(name, label) || strings.Contains(label, name) {
		return false
	}
	for _, w := range reWord.FindAllString(c.company.s, -1) {
		if len(w) >= 3 && strings.Contains(label, strings.Trim(w, "'$")) {
			return false
		}
	}
	return true
}

func checkWFHHype(c *ctx) (hit, bool) {
	// Remote roles with concrete tasks are not hype.
	if c.taskCount() >= 4 {
		return hit{}, false
	}
	home := has(reHomeWork, c.title, c.text)
	if !home {
		return hit{}, false
	}
	sp, ok := find([]*view{c.title, c.text}, reMoneyPitch, 0, func(v *view, m []int) bool {
		return !v.match(reCommission, v.sentenceText(m[0], m[1])) || v.match(reHomeWork, v.sentenceText(m[0], m[1]))
	})
	if !ok {
		return hit{}, false
	}
	return hit{span: sp}, true
}
