package redflag

import (
	"regexp"

	"github.com/gigscout/gigscout/internal/model"
)

// Flag ids.
const (
	Unpaid              = "UNPAID"
	PayUnspecified      = "PAY_UNSPECIFIED"
	PayBelowFloor       = "PAY_BELOW_FLOOR"
	VagueNoDescription  = "VAGUE_NO_DESCRIPTION"
	VagueNoDeliverables = "VAGUE_NO_DELIVERABLES"
	VagueNoDuration     = "VAGUE_NO_DURATION"
	VagueNoSupervisor   = "VAGUE_NO_SUPERVISOR"
	VagueCatchallDuties = "VAGUE_CATCHALL_DUTIES"
	VagueMassHiring     = "VAGUE_SCOPE_MASS_HIRING"
	ScamUpfrontFee      = "SCAM_UPFRONT_FEE"
	ScamOffplatform     = "SCAM_OFFPLATFORM_CONTACT"
	ScamCheckHandling   = "SCAM_CHECK_HANDLING"
	ScamPersonalData    = "SCAM_PERSONAL_DATA"
	ScamTooGoodPay      = "SCAM_TOO_GOOD_PAY"
	ScamPressure        = "SCAM_PRESSURE"
	ScamAnonEmployer    = "SCAM_ANON_EMPLOYER"
	ScamWFHHype         = "SCAM_WFH_HYPE"
)

// Field names used in evidence spans.
const (
	FieldTitle          = "title"
	FieldCompany        = "company"
	FieldCompanyInfo    = "company_info"
	FieldText           = "text"
	FieldPayText        = "pay_text"
	FieldEmploymentType = "employment_type"
)

// hit is one rule's finding: its evidence and, for rules whose severity
// depends on the finding, the severity (empty means the rule's default).
type hit struct {
	span   model.Span
	sev    model.Severity
	reason string // replaces the rule's reason when set (it names the floor that applied)
}

type rule struct {
	RuleInfo
	check func(c *ctx) (hit, bool)
}

// rules run in this order; a rule may look at c.fired for rules before it.
var rules = []rule{
	{RuleInfo{Unpaid, model.FamilyUnpaid, model.SeverityHigh,
		"The listing says the work is unpaid (or paid only in credit, exposure or equity); your work deserves pay."}, checkUnpaid},
	{RuleInfo{PayUnspecified, model.FamilyUnpaid, model.SeverityLow,
		"No pay is stated, so ask what the work pays before you spend time on it."}, checkPayUnspecified},
	{RuleInfo{PayBelowFloor, model.FamilyUnpaid, model.SeverityMedium,
		"The stated pay works out below the hourly floor for this kind of work."}, checkPayBelowFloor},
	{RuleInfo{VagueNoDescription, model.FamilyVague, model.SeverityMedium,
		"The description is only a few words, so you cannot tell what the work is."}, checkNoDescription},
	{RuleInfo{VagueNoDeliverables, model.FamilyVague, model.SeverityMedium,
		"The listing never says what you would actually produce or do."}, checkNoDeliverables},
	{RuleInfo{VagueNoDuration, model.FamilyVague, model.SeverityMedium,
		"This project or internship gives no hours, duration or deadline, so its scope is open-ended."}, checkNoDuration},
	{RuleInfo{VagueNoSupervisor, model.FamilyVague, model.SeverityLow,
		"The listing names no one you would report to or learn from."}, checkNoSupervisor},
	{RuleInfo{VagueCatchallDuties, model.FamilyVague, model.SeverityLow,
		"A catch-all duty clause leaves the scope of the work open."}, checkCatchall},
	{RuleInfo{VagueMassHiring, model.FamilyVague, model.SeverityLow,
		"It hires people by the hundreds for the same role, which points to recruiting or promotion work rather than a scoped project."}, checkMassHiring},
	{RuleInfo{ScamUpfrontFee, model.FamilyScam, model.SeverityHigh,
		"You are asked to pay to get or start the job; real employers do not charge applicants."}, checkUpfrontFee},
	{RuleInfo{ScamOffplatform, model.FamilyScam, model.SeverityHigh,
		"The interview or contact moves to a chat app or personal email, a common trick of fake recruiters."}, checkOffplatform},
	{RuleInfo{ScamCheckHandling, model.FamilyScam, model.SeverityHigh,
		"The job involves moving money or goods for the employer (cashing checks, reshipping, gift cards), a classic scam."}, checkCheckHandling},
	{RuleInfo{ScamPersonalData, model.FamilyScam, model.SeverityHigh,
		"It asks for sensitive personal data (ID, bank details, SSN, date of birth) before any offer."}, checkPersonalData},
	{RuleInfo{ScamTooGoodPay, model.FamilyScam, model.SeverityHigh,
		"The pay promised is far above what this kind of work pays, which is how scams lure people in."}, checkTooGoodPay},
	{RuleInfo{ScamPressure, model.FamilyScam, model.SeverityMedium,
		"It pushes you to act fast or skips the interview, pressure that scams rely on."}, checkPressure},
	{RuleInfo{ScamAnonEmployer, model.FamilyScam, model.SeverityMedium,
		"You cannot tell who the employer is, so you cannot check them before sharing your details."}, checkAnonEmployer},
	{RuleInfo{ScamWFHHype, model.FamilyScam, model.SeverityMedium,
		"It sells easy money from home instead of describing real work for a real employer."}, checkWFHHype},
}

// ctx holds one assessment's prepared views and shared findings.
type ctx struct {
	l     *model.Listing
	opts  Options
	fired map[string]bool

	title, company, info, text, pay, etype *view

	tasks     int
	tasksDone bool

	concrete     bool
	concreteDone bool

	cues     int        // anonCueHits, once computed
	cueSpan  model.Span // its evidence
	cuesDone bool

	unident     bool // unidentified, once computed
	unidentDone bool

	payStated     bool // payStated, once computed
	payStatedDone bool
}

func newCtx(l *model.Listing, opts Options) *ctx {
	return &ctx{
		l: l, opts: opts, fired: map[string]bool{},
		title:   newView(FieldTitle, l.Title),
		company: newView(FieldCompany, l.Company),
		info:    newView(FieldCompanyInfo, l.CompanyInfo),
		text:    newView(FieldText, l.Text),
		pay:     newView(FieldPayText, l.PayText),
		etype:   newView(FieldEmploymentType, l.EmploymentType),
	}
}

// views returns every view of the listing.
func (c *ctx) views() []*view { return []*view{c.title, c.company, c.info, c.text, c.pay, c.etype} }

// job returns the views that describe the job itself, in evidence order.
// The company profile is left out on purpose: it describes the company's
// business (customer channels, payment products), not the job.
func (c *ctx) job() []*view { return []*view{c.title, c.text, c.pay} }

// find returns the first match of re in the views for which accept (nil
// means always) says yes; the span covers submatch group g (0: all).
func find(views []*view, re *regexp.Regexp, g int, accept func(v *view, m []int) bool) (model.Span, bool) {
	for _, v := range views {
		if v.s == "" || !v.possible(re) {
			continue
		}
		var sp model.Span
		if v.eachIn(re, func(m []int) bool {
			if m[2*g] < 0 || accept != nil && !accept(v, m) {
				return true
			}
			sp = v.span(m[2*g], m[2*g+1])
			return false
		}) {
			return sp, true
		}
	}
	return model.Span{}, false
}

// structural is the evidence of a missing field.
func structural(field string) model.Span { return model.Span{Field: field} }

// has reports whether re matches any of the views.
func has(re *regexp.Regexp, views ...*view) bool {
	for _, v := range views {
		if v.s != "" && v.possible(re) && v.matchIn(re, 0, len(v.s)) {
			return true
		}
	}
	return false
}
