package redflag

import (
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/gigscout/gigscout/internal/model"
)

// listing builds a test listing: a named company with a profile, a stated
// hourly pay, and the given title and text. Options change the rest.
func listing(title, text string, opts ...func(*model.Listing)) *model.Listing {
	l := &model.Listing{
		Title:       title,
		Company:     "Acme Analytics",
		CompanyInfo: "Acme Analytics builds dashboards for school districts.",
		Text:        text,
		PayText:     "$25/hour",
		Pay:         &model.Pay{Min: 25, Max: 25, Currency: "USD", Unit: model.UnitHour, Source: model.FromText, Hourly: 25, HourlyUSD: 25},
		Type:        model.TypeUnknown,
		Remote:      model.RemoteUnknown,
	}
	for _, o := range opts {
		o(l)
	}
	return l
}

func noPay(l *model.Listing)  { l.Pay, l.PayText = nil, "" }
func anon(l *model.Listing)   { l.Company, l.CompanyInfo = "", "" }
func intern(l *model.Listing) { l.Type = model.TypeInternship }
func micro(l *model.Listing)  { l.Type = model.TypeMicroInternship }
func fulltime(l *model.Listing) {
	l.Type = model.TypeFullTime
}
func payText(s string) func(*model.Listing) {
	return func(l *model.Listing) { l.Pay, l.PayText = nil, s }
}
func profile(s string) func(*model.Listing) { return func(l *model.Listing) { l.CompanyInfo = s } }
func hourly(usd float64, unit model.PayUnit, text string) func(*model.Listing) {
	return func(l *model.Listing) {
		l.PayText = text
		l.Pay = &model.Pay{Min: usd, Max: usd, Currency: "USD", Unit: unit, Source: model.FromText, Hourly: usd, HourlyUSD: usd}
	}
}

// concrete is a description with deliverables, a duration and a mentor.
const concrete = "Over four weeks (about 20 hours) you will build a Tableau dashboard of enrollment data, " +
	"write a five-page report on the findings and present them to the data team. " +
	"You will report to our lead analyst, who mentors every intern."

type flagCase struct {
	name     string
	l        *model.Listing
	fire     bool
	evidence string         // a substring the evidence text must contain ("" = any)
	field    string         // the evidence field, when it matters
	sev      model.Severity // the severity, when it matters
}

func runFlagCases(t *testing.T, id string, cases []flagCase) {
	t.Helper()
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			Assess(tc.l)
			checkInvariants(t, tc.l)
			var got *model.Flag
			for i := range tc.l.Flags {
				if tc.l.Flags[i].ID == id {
					got = &tc.l.Flags[i]
				}
			}
			switch {
			case tc.fire && got == nil:
				t.Fatalf("%s did not fire; flags: %v", id, flagIDs(tc.l.Flags))
			case !tc.fire && got != nil:
				t.Fatalf("%s fired on %s %q", id, got.Evidence.Field, got.Evidence.Text)
			case got == nil:
				return
			}
			if !strings.Contains(got.Evidence.Text, tc.evidence) {
				t.Errorf("evidence %q lacks %q", got.Evidence.Text, tc.evidence)
			}
			if tc.field != "" && got.Evidence.Field != tc.field {
				t.Errorf("evidence field %q, want %q", got.Evidence.Field, tc.field)
			}
			if tc.sev != "" && got.Severity != tc.sev {
				t.Errorf("severity %s, want %s", got.Severity, tc.sev)
			}
			if got.Reason == "" || got.Family == "" {
				t.Errorf("flag lacks reason or family: %+v", got)
			}
		})
	}
}

func flagIDs(flags []model.Flag) []string {
	var ids []string
	for _, f := range flags {
		ids = append(ids, f.ID)
	}
	return ids
}

// checkInvariants: flags non-nil, sorted, evidence exact, risk consistent.
func checkInvariants(t testing.TB, l *model.Listing) {
	t.Helper()
	if l.Flags == nil {
		t.Fatal("Flags is nil")
	}
	fields := map[string]string{FieldTitle: l.Title, FieldCompany: l.Company, FieldCompanyInfo: l.CompanyInfo,
		FieldText: l.Text, FieldPayText: l.PayText, FieldEmploymentType: l.EmploymentType}
	for i, f := range l.Flags {
		text, ok := fields[f.Evidence.Field]
		if !ok {
			t.Fatalf("%s: unknown evidence field %q", f.ID, f.Evidence.Field)
		}
		sp := f.Evidence
		if !validSpan(&sp, sp.Field, text) {
			t.Fatalf("%s: evidence %+v is not %s[%d:%d]", f.ID, sp, sp.Field, sp.Start, sp.End)
		}
		if i > 0 {
			p := l.Flags[i-1]
			if p.Severity.Rank() < f.Severity.Rank() || (p.Severity == f.Severity && p.ID >= f.ID) {
				t.Fatalf("flags not sorted: %v", flagIDs(l.Flags))
			}
		}
	}
	if l.Risk != Risk(l.Flags) {
		t.Fatalf("risk %s, Risk(flags) %s", l.Risk, Risk(l.Flags))
	}
}

func TestUnpaid(t *testing.T) {
	runFlagCases(t, Unpaid, []flagCase{
		{name: "pay field unpaid", l: listing("Graphic Design", concrete, payText("Unpaid")), fire: true, evidence: "Unpaid", field: FieldPayText},
		{name: "pay field zero", l: listing("Graphic Design", concrete, payText("$0")), fire: true, evidence: "$0"},
		{name: "pay field none", l: listing("Graphic Design", concrete, payText("Stipend: none")), fire: true, evidence: "none"},
		{name: "title volunteering", l: listing("Entrepreneurship Ambassador - Summer Volunteering (Openings: 1000)", concrete, noPay), fire: true, evidence: "Volunteering", field: FieldTitle},
		{name: "unpaid internship", l: listing("Intern", "This is an unpaid internship. "+concrete, noPay), fire: true, evidence: "unpaid"},
		{name: "unpaid at sentence end", l: listing("Research Intern", concrete+" The role is unpaid.", noPay), fire: true, evidence: "unpaid"},
		{name: "volunteer position", l: listing("Social Media Help", "This is a volunteer position. "+concrete, noPay), fire: true, evidence: "volunteer position"},
		{name: "academic credit only", l: listing("Intern", concrete+" Offered for academic credit only.", noPay), fire: true, evidence: "academic credit only"},
		{name: "paid in exposure", l: listing("Photographer", concrete+" You will be paid in exposure.", noPay), fire: true, evidence: "paid in exposure"},
		{name: "equity only", l: listing("Co-founder (CTO)", concrete+" Compensation: equity only.", noPay), fire: true, evidence: "equity only"},
		{name: "normalized unpaid", l: listing("Intern", concrete, noPay, func(l *model.Listing) { l.Unpaid = true }), fire: true, field: FieldPayText},
		{name: "employment type volunteer", l: listing("Helper", concrete, noPay, func(l *model.Listing) { l.EmploymentType = "Volunteer" }), fire: true, evidence: "Volunteer", field: FieldEmploymentType},
		{name: "entity-encoded text", l: listing("Intern", "An&#32;unpaid&nbsp;internship. "+concrete, noPay), fire: true, evidence: "unpaid"},

		{name: "unlimited unpaid time off", l: listing("JavaScript Developer", concrete+" 3 weeks paid time off per year, plus unlimited unpaid time off."), fire: false},
		{name: "unpaid leave", l: listing("Analyst", concrete+" Up to 4 weeks of unpaid leave."), fire: false},
		{name: "unpaid invoices task", l: listing("Accounts Assistant", "Follow up on unpaid invoices and claims. "+concrete), fire: false},
		{name: "paid internship", l: listing("Marketing Internship", concrete+" Pay: this is a paid internship."), fire: false},
		{name: "volunteer coordinator title", l: listing("Volunteer Coordinator", concrete), fire: false},
		{name: "volunteer stipend with an amount", l: listing("Spreadsheet Cleanup for a Food Bank", concrete, func(l *model.Listing) {
			l.PayText = "Volunteer stipend $150"
			l.Pay = &model.Pay{Min: 150, Max: 150, Currency: "USD", Unit: model.UnitProject, Source: model.FromText}
		}), fire: false},
		{name: "volunteer title with a stipend", l: listing("Volunteer Tutor", concrete+" Stipend: $200 per month."), fire: false},
		{name: "volunteer pay text, no amount", l: listing("Helper", concrete, noPay, func(l *model.Listing) { l.PayText = "Volunteer" }), fire: true, evidence: "Volunteer", field: FieldPayText},
		{name: "volunteerism benefit", l: listing("Developer", concrete+" 1 day paid employee volunteerism per month."), fire: false},
		{name: "negated", l: listing("Intern", "This is not an unpaid internship. "+concrete), fire: false},
	})
}

func TestPayUnspecified(t *testing.T) {
	runFlagCases(t, PayUnspecified, []flagCase{
		{name: "nothing stated", l: listing("Analyst", concrete, noPay), fire: true, field: FieldPayText, evidence: ""},
		{name: "competitive is vague", l: listing("Analyst", concrete, payText("Competitive")), fire: true, evidence: "Competitive"},
		{name: "stated rate", l: listing("Analyst", concrete), fire: false},
		{name: "fee in text", l: listing("Analyst", concrete+" The fee is $300 for the project.", noPay), fire: false},
		{name: "salary in text", l: listing("Analyst", concrete+" Salary: 45,000 USD.", noPay), fire: false},
		{name: "unpaid is its own flag", l: listing("Analyst", concrete, payText("Unpaid")), fire: false},
		{name: "401k is not pay", l: listing("Analyst", concrete+" We offer a 401k.", noPay), fire: true},
	})
}

func TestPayBelowFloor(t *testing.T) {
	runFlagCases(t, PayBelowFloor, []flagCase{
		{name: "micro-internship under 20", l: listing("Data Project", concrete, micro, hourly(12, model.UnitHour, "$12/hour")), fire: true, evidence: "$12/hour"},
		{name: "job under minimum wage", l: listing("Clerk", concrete, fulltime, hourly(6, model.UnitHour, "$6 an hour")), fire: true, evidence: "$6"},
		{name: "project-based under 20", l: listing("Logo", concrete, hourly(15, model.UnitHour, "$15/h"), func(l *model.Listing) { l.ProjectBased = true }), fire: true},
		{name: "micro at 25", l: listing("Data Project", concrete, micro), fire: false},
		{name: "full-time marked project-based", l: listing("Sales Agent", concrete, fulltime, hourly(10, model.UnitHour, "$10.00/hr"), func(l *model.Listing) { l.ProjectBased = true }), fire: false},
		{name: "job at 15 above minimum", l: listing("Clerk", concrete, fulltime, hourly(15, model.UnitHour, "$15/hour")), fire: false},
		{name: "no currency", l: listing("Data Project", concrete, micro, func(l *model.Listing) { l.Pay.Currency, l.Pay.HourlyUSD, l.Pay.Hourly = "", 5, 5 }), fire: false},
		{name: "no unit", l: listing("Data Project", concrete, micro, func(l *model.Listing) { l.Pay.Unit, l.Pay.HourlyUSD = "", 5 }), fire: false},
		{name: "misparsed annual", l: listing("Assistant", concrete, fulltime, func(l *model.Listing) {
			l.PayText = "21-63000"
			l.Pay = &model.Pay{Min: 21, Max: 63000, Currency: "USD", Unit: model.UnitYear, HourlyUSD: 0.01}
		}), fire: false},
		{name: "unpaid is its own flag", l: listing("Data Project", concrete, micro, hourly(0, model.UnitHour, "Unpaid")), fire: false},
	})
	// The floor is an option.
	l := listing("Data Project", concrete, micro, hourly(12, model.UnitHour, "$12/hour"))
	New(Options{FloorHourlyUSD: 10}).Assess(l)
	if l.HasFlag(PayBelowFloor) {
		t.Error("PAY_BELOW_FLOOR fired above a floor of 10")
	}
	l = listing("Clerk", concrete, fulltime, hourly(9, model.UnitHour, "$9/hour"))
	New(Options{MinWageHourlyUSD: 10}).Assess(l)
	if !l.HasFlag(PayBelowFloor) {
		t.Error("PAY_BELOW_FLOOR did not fire under a minimum wage of 10")
	}
}

func TestVagueNoDescription(t *testing.T) {
	runFlagCases(t, VagueNoDescription, []flagCase{
		{name: "few words", l: listing("Office Manager", "Great opportunity. Apply now!"), fire: true, evidence: "Great opportunity"},
		{name: "empty text points at title", l: listing("Office Manager", ""), fire: true, evidence: "Office Manager", field: FieldTitle},
		{name: "short with deliverables", l: listing("Logo project", "Design a logo and write a one-page brand guide."), fire: false},
		{name: "full description", l: listing("Analyst", concrete), fire: false},
		{name: "short with a counted output", l: listing("Survey Design", "Design and pilot a 15-question survey."), fire: false},
		{name: "short with a named output", l: listing("Data QA", "Check 1,500 records."), fire: false},
		{name: "assist as needed", l: listing("Office Helper", "Assist as needed."), fire: true, evidence: "Assist as needed"},
		{name: "short vague with a number", l: listing("Helper", "Work 20 hours a week."), fire: true},
	})
}

func TestVagueNoDeliverables(t *testing.T) {
	runFlagCases(t, VagueNoDeliverables, []flagCase{
		{name: "do it all from home", l: listing("Part Time Students Or Workers Required.",
			"Part Time Students Or Workers Required.You can do it all from home, in your free time, at your own place.Spend 30 minutes or 1 hours a day &amp; Get biggest cash."),
			fire: true, evidence: "You can do it all from home"},
		{name: "one-line pitch", l: listing("Java Architect",
			"Looking for an experienced Java Architect for an immediate opening. Deep exposure to Java based high availability applications and strong Oracle knowledge."),
			fire: true, evidence: "Looking for an experienced Java Architect"},
		{name: "various tasks", l: listing("Assistant", "Help with various tasks around the office and assist as needed. You are friendly, punctual and reliable, and you like people."),
			fire: true, evidence: "various tasks"},
		{name: "concrete bullets", l: listing("Analyst", "Responsibilities:\n• Build a dashboard\n• Write a report\n• Present findings\n• Clean the data set"), fire: false},
		{name: "concrete prose", l: listing("Analyst", concrete), fire: false},
	})
}

// filler is a friendly sentence with no task in it, to get past
// VAGUE_NO_DESCRIPTION.
const filler = " We are a friendly, growing team in Denver looking for a reliable student who loves to learn."

func TestVagueNoDeliverablesConcrete(t *testing.T) {
	runFlagCases(t, VagueNoDeliverables, []flagCase{
		// Concrete outputs: a making verb and a count, an artifact or a named tool.
		{name: "counted survey and report", l: listing("Survey Design", "Design and pilot a 15-question survey for community members, with a pilot report."+filler), fire: false},
		{name: "count and slide deck", l: listing("Market Research", "Compare 15 competitors' pricing pages and summarize patterns in a slide deck for our CEO."+filler), fire: false},
		{name: "list of outputs", l: listing("Market Research", "Deliverables:\n- A comparison spreadsheet\n- A 10-slide deck\nAbout 12 hours within 10 days."+filler), fire: false},
		{name: "bulleted outputs", l: listing("Market Research", "What you hand in:\n\u2022 A comparison spreadsheet\n\u2022 A 10-slide deck"+filler), fire: false},
		{name: "map in QGIS", l: listing("GIS Mapping", "Map 300 community resources in QGIS and publish an interactive web map."+filler), fire: false},
		{name: "two pipelines", l: listing("Data Engineering", "Build and test two Airflow pipelines that load partner data into our warehouse."+filler), fire: false},
		{name: "posts and a report", l: listing("Social Media", "Plan and draft four weeks of posts for our Instagram and TikTok accounts, with a short performance report."+filler), fire: false},
		{name: "internship with a named stack", l: listing("Software Engineering Intern", "A 12-week paid summer internship on our web platform team, working in TypeScript and Go."+filler), fire: false},
		{name: "thousands of records", l: listing("Data QA", "Check 1,500 canvassing records for duplicates and errors using our scripts."+filler), fire: false},
		{name: "you will write", l: listing("Content Intern", "Over the summer you will write ten blog posts for our site."+filler), fire: false},
		{name: "responsible for creating", l: listing("Video Intern", "The intern is responsible for creating six tutorial videos."+filler), fire: false},
		{name: "after a colon", l: listing("Data Intern", "Your task: clean 3 data sets."+filler), fire: false},
		{name: "concrete beats a vague phrase", l: listing("Assistant", "Write two blog posts a week and help with various tasks as needed."+filler), fire: false},

		// Vague scope still fires.
		{name: "help with various tasks", l: listing("Marketing Assistant", "Help with various tasks as needed."+filler), fire: true, evidence: "various tasks"},
		{name: "assist as needed", l: listing("Office Helper", "Assist as needed."+filler), fire: true, evidence: "Assist as needed"},
		{name: "day-to-day activities", l: listing("Office Assistant", "Support the team with day-to-day activities, answer the phone and greet visitors at our office."+filler), fire: true, evidence: "day-to-day activities"},
		{name: "other duties alone", l: listing("Operations Intern", "Other duties as assigned."+filler), fire: true},
		{name: "support a team", l: listing("Operations Intern", "Support our operations team in our New York office. Other duties as assigned. Full-time for 10 weeks; $24/hour."+filler), fire: true},
		{name: "hours and pay are not outputs", l: listing("Research Helper", "Research for 20 hours a week at $25 per hour, 3 days a week."+filler), fire: true},
		{name: "a qualification is not an output", l: listing("Analyst", "Experience in building dashboards is a plus."+filler), fire: true},
		{name: "a requirement list is not an output", l: listing("Analyst", "Requirements:\n- Experience with dashboards and reports\n- Strong written English"+filler), fire: true},
		{name: "an imperative list is not an output list", l: listing("Helper", "Duties:\n- Post on our pages when asked\n- Help where you can"+filler), fire: true},
		{name: "the company's blurb is not an output", l: listing("Marketing Manager", "RevenueCat removes the headaches of building and scaling in-app subscriptions. We build apps for 40 brands."+filler), fire: true},
		{name: "generic tools are not an output", l: listing("Civic Tech Fellowship", "A 10-week paid summer fellowship building tools with city governments."+filler), fire: true},
	})
}

func TestVagueNoDuration(t *testing.T) {
	runFlagCases(t, VagueNoDuration, []flagCase{
		{name: "internship without duration", l: listing("Marketing Intern", "You will write blog posts, build a calendar and analyze campaign results for the team.", intern), fire: true, field: FieldText},
		{name: "project by title", l: listing("Website redesign project", "You will design and build a new landing page and write the copy for it."), fire: true},
		{name: "duration stated", l: listing("Intern", "Duration: 1 Month. Start: Immediately. You will write posts.", intern), fire: false},
		{name: "flexible with hours", l: listing("Intern", "Duration: flexible, no longer than 4 months, 13-20 hours per week.", intern), fire: false},
		{name: "parsed duration", l: listing("Intern", "You will write posts.", intern, func(l *model.Listing) { l.DurationDays = &model.Range{Min: 28, Max: 28} }), fire: false},
		{name: "parsed deadline", l: listing("Intern", "You will write posts.", intern, func(l *model.Listing) { d := time.Date(2025, 6, 1, 0, 0, 0, 0, time.UTC); l.Deadline = &d }), fire: false},
		{name: "full-time job", l: listing("Analyst", "You will write reports.", fulltime), fire: false},
	})
}

func TestVagueNoSupervisor(t *testing.T) {
	runFlagCases(t, VagueNoSupervisor, []flagCase{
		{name: "no one named", l: listing("Marketing Intern", "Over six weeks you will write ten blog posts, build a content calendar and analyze the results of two email campaigns.", intern), fire: true, field: FieldText},
		{name: "reports to", l: listing("Marketing Intern", concrete, intern), fire: false},
		{name: "mentor", l: listing("Intern", "Over six weeks you will write ten blog posts and build a content calendar with the help of a mentor from our team.", intern), fire: false},
		{name: "not student work", l: listing("Analyst", "Over six weeks you will write ten blog posts, build a content calendar and analyze the results of two email campaigns.", fulltime), fire: false},
	})
}

// supervised is a student project that names no one; the cases below add
// one sentence to it.
const supervised = "Over six weeks you will write ten blog posts, build a content calendar and analyze the results of two email campaigns."

func TestVagueNoSupervisorCues(t *testing.T) {
	runFlagCases(t, VagueNoSupervisor, []flagCase{
		{name: "reviewed by", l: listing("Writing Intern", supervised+" Each post is reviewed by our docs lead.", intern), fire: false},
		{name: "reviewed by a senior editor", l: listing("Writing Intern", supervised+" Every draft is reviewed by a senior math editor.", intern), fire: false},
		{name: "edited by", l: listing("Writing Intern", supervised+" Posts are edited by our communications lead.", intern), fire: false},
		{name: "spot-checked by", l: listing("Labeling Project", supervised+" Your work is spot-checked by our QA team.", intern), fire: false},
		{name: "code review with", l: listing("Frontend Intern", supervised+" Code review with our front-end lead.", intern), fire: false},
		{name: "paired with a senior", l: listing("Design Intern", supervised+" Each intern is paired with a senior designer.", intern), fire: false},
		{name: "weekly check-ins", l: listing("Marketing Intern", supervised+" Weekly check-ins with the marketing lead.", intern), fire: false},
		{name: "our x will support you", l: listing("Marketing Intern", supervised+" Our content strategist will support you throughout.", intern), fire: false},
		{name: "someone reviews it", l: listing("Translation Project", supervised+" A native speaker reviews it.", intern), fire: false},
		{name: "feedback from", l: listing("Writing Intern", supervised+" You get feedback from a senior editor on every draft.", intern), fire: false},
		{name: "your main contact is", l: listing("Ops Intern", supervised+" Your main contact is Dana, our COO.", intern), fire: false},
		{name: "who meets you", l: listing("Data Intern", supervised+" Dana, who meets you weekly, answers questions.", intern), fire: false},
		{name: "work closely with", l: listing("Data Intern", supervised+" You'll work closely with our founders.", intern), fire: false},
		{name: "under the guidance of", l: listing("Data Intern", supervised+" You work under the guidance of our CTO.", intern), fire: false},
		{name: "manager colon", l: listing("Data Intern", supervised+" Manager: Priya Shah.", intern), fire: false},
		{name: "point of contact", l: listing("Data Intern", supervised+" Your point of contact is Priya.", intern), fire: false},
		{name: "your mentor is", l: listing("Podcast Intern", supervised+" Your mentor is our producer.", intern), fire: false},

		{name: "applications reviewed", l: listing("Writing Intern", supervised+" Applications are reviewed by our hiring team.", intern), fire: true, field: FieldText},
		{name: "you review your own work", l: listing("Writing Intern", supervised+" You will review your drafts before publishing.", intern), fire: true},
		{name: "a team is not a person", l: listing("Ops Intern", supervised+" Support our operations team in our New York office.", intern), fire: true},
		{name: "audience is not a mentor", l: listing("Research Intern", supervised+" Present the results to our CEO.", intern), fire: true},
	})
}

func TestVagueCatchallDuties(t *testing.T) {
	runFlagCases(t, VagueCatchallDuties, []flagCase{
		{name: "other duties as assigned", l: listing("Admin", concrete+" Other duties as assigned."), fire: true, evidence: "Other duties as assigned"},
		{name: "perform other duties", l: listing("Associate", concrete+" Perform other duties as assigned."), fire: true, evidence: "Perform other duties as assigned"},
		{name: "glued sentence", l: listing("Clerk", "Log all packages. Other duties as assigned.Adhere to all policies."), fire: true, evidence: "Other duties as assigned"},
		{name: "by manager", l: listing("Admin", "Heavy data entry. Other duties as assigned by Department Manager. Scanning of documents."), fire: true, evidence: "Department Manager"},
		{name: "not limited to", l: listing("Chef", "Duties include but are not limited to: plan menus."), fire: true, evidence: "not limited to"},
		{name: "clear duties", l: listing("Analyst", concrete+" Your other duties are listed below."), fire: false},
	})
}

func TestScamUpfrontFee(t *testing.T) {
	runFlagCases(t, ScamUpfrontFee, []flagCase{
		{name: "registration fee", l: listing("Data Entry", "Pay a $50 registration fee to start."), fire: true, evidence: "registration fee"},
		{name: "starter kit", l: listing("Sales Rep", "Buy your starter kit for $99 and start selling."), fire: true, evidence: "starter kit"},
		{name: "refundable deposit", l: listing("Assistant", "A refundable deposit of $200 secures your place."), fire: true, evidence: "refundable deposit"},
		{name: "applicant pays training", l: listing("Agent", "Candidates must pay for their own training before the first shift."), fire: true},
		{name: "application fee", l: listing("Intern", "There is a small application fee of $25."), fire: true, evidence: "application fee"},
		{name: "equipment fee", l: listing("Remote Assistant", "An equipment fee of $150 is deducted before you start."), fire: true, evidence: "equipment fee"},

		{name: "no fee", l: listing("Agent", "There is no fee to apply."), fire: false},
		{name: "zero start-up fee", l: listing("Part Time", "No any experience required.Zero start-up fee, Visit here."), fire: false},
		{name: "never any fees", l: listing("Cash Job", "No Experience Required And Never Any Fees. Work Anytime."), fire: false},
		{name: "without any charge", l: listing("Trainee", "We train you without any charge or registration fee."), fire: false},
		{name: "no payout fees", l: listing("Model", "No payroll or payout fees of any kind."), fire: false},
		{name: "employer-paid training", l: listing("Payroll Clerk", "We offer health insurance, paid training, and much more."), fire: false},
		{name: "we pay for training", l: listing("Technician", "We pay for your training and certification."), fire: false},
		{name: "fee covered", l: listing("Technician", "The certification fee is covered by the company."), fire: false},
		{name: "fee-free", l: listing("Tutor", "Joining is fee-free."), fire: false},
	})
}

func TestScamOffplatformContact(t *testing.T) {
	runFlagCases(t, ScamOffplatform, []flagCase{
		{name: "telegram interview", l: listing("Data Entry", "The interview will be held on Telegram with our HR manager."), fire: true, evidence: "Telegram"},
		{name: "whatsapp contact", l: listing("Assistant", "Contact our recruiter on WhatsApp at +1 555 0100 to apply."), fire: true, evidence: "WhatsApp"},
		{name: "glued whatsapp", l: listing("Assistant", "Send a message to HR via Whats App for an interview."), fire: true},
		// Video-interview tools named for interviews are not off-platform contact (issue 11).
		{name: "google hangouts interview", l: listing("Virtual Assistant", "Interviews are conducted via Google Hangouts."), fire: false},
		{name: "textnow", l: listing("Clerk", "Text us on TextNow to schedule your interview."), fire: true},
		{name: "signal", l: listing("Clerk", "Message the hiring manager on Signal to apply."), fire: true},
		{name: "webmail for named company", l: listing("Intern", concrete+" Send your resume to acme.careers@gmail.com."), fire: true, evidence: "acme.careers@gmail.com"},

		{name: "slack and teams", l: listing("Developer", concrete+" We collaborate on Slack and Microsoft Teams."), fire: false},
		{name: "whatsapp in company profile", l: listing("Support Agent", concrete, profile("We serve customers on WhatsApp, email and phone.")), fire: false},
		{name: "whatsapp as customer channel", l: listing("Support Agent", "Answer customer questions via WhatsApp and email. "+concrete), fire: false},
		{name: "signal processing", l: listing("DSP Engineer", "Apply signal processing to radar data. "+concrete), fire: false},
		{name: "company domain email", l: listing("Intern", concrete+" Send your resume to jobs@acmeanalytics.com."), fire: false},
	})
}

func TestScamCheckHandling(t *testing.T) {
	runFlagCases(t, ScamCheckHandling, []flagCase{
		{name: "cash and send on", l: listing("Assistant", "You will cash the check and send the remaining funds to our vendor."), fire: true, evidence: "cash the check"},
		{name: "check mailed for equipment", l: listing("Remote Assistant", "A check will be mailed to you to purchase your equipment."), fire: true},
		{name: "reshipping", l: listing("Package Inspector", "Receive and reship packages from your home."), fire: true},
		{name: "gift cards", l: listing("Personal Assistant", "Your first task: buy Google Play gift cards for our clients."), fire: true, evidence: "gift cards"},
		{name: "wire to employer", l: listing("Agent", "Wire the balance back to the company via Western Union."), fire: true},
		{name: "personal account", l: listing("Payment Agent", "Receive payments into your personal bank account."), fire: true},

		{name: "payroll direct deposit", l: listing("Analyst", concrete+" Pay is by payroll direct deposit every two weeks."), fire: false},
		{name: "accounts payable duties", l: listing("Accounting Clerk", "Process vendor invoices and accounts payable. Deposit checks received from customers."), fire: false},
		{name: "bookkeeper writes wage checks", l: listing("Bookkeeper", "Calculate employee wages and prepare checks for payment of wages."), fire: false},
		{name: "gift card reward", l: listing("Intern", concrete+" Earn a $50 gift card for every referral."), fire: false},
		{name: "money transfer company", l: listing("Operations Specialist", "Help customers of our money transfer service. "+concrete), fire: false},
	})
}

func TestScamPersonalData(t *testing.T) {
	runFlagCases(t, ScamPersonalData, []flagCase{
		{name: "ssn with application", l: listing("Data Entry", "Send your SSN and bank account details with your application."), fire: true},
		{name: "id scan", l: listing("Webcam Model", "Have a scanned image of a valid Driver's License, Passport, or other legal proof of age."), fire: true, evidence: "scanned image of a valid Driver's License"},
		{name: "date of birth", l: listing("Assistant", "Include your date of birth in your resume."), fire: true, evidence: "date of birth"},
		{name: "national id", l: listing("Clerk", "Applicants must attach a copy of their national ID card."), fire: true},

		{name: "post-offer background check", l: listing("Analyst", concrete+" Offers are contingent on a background check; you will provide your SSN after an offer is made."), fire: false},
		{name: "background check notice", l: listing("Warehouse Associate", "Must be able to pass a background check and drug test."), fire: false},
		{name: "customer data duty", l: listing("Receptionist", "Verify patients' date of birth and insurance details at check-in."), fire: false},
		{name: "never ask", l: listing("Intern", concrete+" We will never ask for your bank details."), fire: false},
		{name: "eeo", l: listing("Intern", concrete+" We do not discriminate on the basis of date of birth or national origin."), fire: false},
	})
}

func TestScamTooGoodPay(t *testing.T) {
	runFlagCases(t, ScamTooGoodPay, []flagCase{
		{name: "earn per day", l: listing("Part Time", "You can do it all from home. Can earn $450 to $500 extra per day.", noPay), fire: true, evidence: "$450 to $500 extra per day", sev: model.SeverityHigh},
		{name: "200 daily", l: listing("Helper", "Earn $200 daily.", noPay), fire: true, evidence: "$200 daily"},
		{name: "pay per day range", l: listing("Call Rep", "We provide complete training. We pay Daily!$20.00 to $200.00 plus a day", noPay), fire: true, sev: model.SeverityHigh},
		{name: "unlimited income", l: listing("Agent", "Unlimited income for motivated people.", noPay), fire: true, evidence: "Unlimited income", sev: model.SeverityMedium},
		{name: "full time pay for part time at home", l: listing("Make Easy Money at Home", "Stay home. Work part time earn full time pay.", noPay), fire: true, sev: model.SeverityHigh},
		{name: "structured hourly for data entry", l: listing("Data Entry Clerk (Work from Home)", "Type forms from home, no experience needed.", hourly(85, model.UnitHour, "$85/hour")), fire: true, sev: model.SeverityHigh},

		{name: "sales OTE", l: listing("Account Executive", concrete+" OTE $150,000 - $175,000 with uncapped commission.", noPay), fire: false},
		// A pay range in the title of a commission role is the lure itself
		// (issue 11); the same figures in the text of a sales ad are OTE.
		{name: "pay range in a commission role's title", l: listing("Agency Sales Managers $150-$175,000/yr", concrete+" Average yearly income of $150-$175,000 based on our straight commission compensation model.", noPay), fire: true, evidence: "$150-$175,000/yr"},
		{name: "salary in an engineer's title", l: listing("Backend Engineer $140k-$160k", concrete, noPay), fire: false},
		{name: "annual salary read as weekly", l: listing("Data Entry Clerk", "Type forms from home, no experience needed.", func(l *model.Listing) {
			l.PayText = "$55,000 salary"
			l.Pay = &model.Pay{Min: 55000, Max: 55000, Currency: "USD", Unit: model.UnitWeek, HourlyUSD: 1375}
		}), fire: false},
		{name: "skilled day rate", l: listing("Senior SAP Consultant", concrete+" Day rate: $600 per day.", noPay), fire: false},
		{name: "ordinary wage", l: listing("Clerk", concrete, hourly(18, model.UnitHour, "$18/hour")), fire: false},
		{name: "ordinary clerk salary", l: listing("Data Entry Clerk", "No experience required. Enter invoices.", yearly(34000)), fire: false},
		{name: "experienced accounting clerk", l: listing("Senior Accounting Clerk", "Five years of experience required. Reconcile ledgers.", yearly(95000)), fire: false},
		{name: "assistant salary", l: listing("Executive Assistant", "No experience required. Support the CEO.", yearly(98000)), fire: false},
		{name: "data entry salary far above market", l: listing("Data Entry Clerk", "No experience required. Work from home.", yearly(90000)), fire: true, sev: model.SeverityHigh, field: FieldPayText},
	})
}

// yearly is a stated annual salary in US dollars.
func yearly(usd float64) func(*model.Listing) {
	return func(l *model.Listing) {
		l.PayText = strconv.FormatFloat(usd, 'f', 0, 64) + "-" + strconv.FormatFloat(usd, 'f', 0, 64)
		l.Pay = &model.Pay{Min: usd, Max: usd, Currency: "USD", Unit: model.UnitYear, Source: model.FromStructured, Hourly: usd / 2080, HourlyUSD: usd / 2080}
	}
}

func TestScamPressure(t *testing.T) {
	runFlagCases(t, ScamPressure, []flagCase{
		{name: "no interview", l: listing("Assistant", concrete+" No interview needed!"), fire: true, evidence: "No interview needed"},
		{name: "slots left", l: listing("Assistant", concrete+" Only 5 slots left."), fire: true, evidence: "Only 5 slots left"},
		{name: "reply within", l: listing("Assistant", concrete+" Reply within 24 hours to secure the job."), fire: true, evidence: "Reply within 24 hours"},
		{name: "immediate start with a push", l: listing("Cash Job Opportunity To Immediate Start.", "Earn daily. Take Action & Get Started Here."), fire: true, evidence: "Immediate Start", field: FieldTitle},
		{name: "urgent", l: listing("Cruise Staff Wanted *URGENT*", "The company is urgently looking for staff."), fire: true},
		{name: "starred urgent in the title", l: listing("Cruise Staff Wanted *URGENT*", concrete), fire: true, evidence: "*URGENT*", field: FieldTitle},

		{name: "immediate start alone", l: listing("Barista", concrete+" Immediate start available."), fire: false},
		{name: "immediate opening", l: listing("Java Architect", "Looking for an experienced Java Architect for an immediate opening."), fire: false},
		{name: "respond to tickets", l: listing("Support", "Respond to customer tickets within 24 hours. "+concrete), fire: false},
	})
}

func TestScamAnonEmployer(t *testing.T) {
	runFlagCases(t, ScamAnonEmployer, []flagCase{
		{name: "anonymous admin assistant", l: listing("Administrative Assistant", "Provide administrative support. Other duties as assigned.", anon), fire: true, evidence: "Administrative", sev: model.SeverityHigh},
		{name: "anonymous data entry", l: listing("Data entry", "Maintains database by entering customer and account information.", anon), fire: true, sev: model.SeverityHigh},
		{name: "anonymous, little substance", l: listing("Success is Knocking...", "We are looking for inbound call representatives. We pay daily!", anon), fire: true, field: FieldCompany, sev: model.SeverityMedium},
		{name: "unrelated contact domain", l: listing("Intern", concrete+" Send your CV to jobs@quick-hire-now.net.", profile("")), fire: true, evidence: "jobs@quick-hire-now.net"},

		{name: "named company", l: listing("Administrative Assistant", "Provide administrative support."), fire: false},
		{name: "stealth startup", l: listing("Founding Engineer", "We are a stealth startup in fintech. You will build our API.", anon), fire: false},
		{name: "text names the company", l: listing("JavaScript Developer", "Ginkgotree is changing the way course materials are designed. You will build our editor.", anon), fire: false},
		{name: "detailed agency ad", l: listing("Production Operator", "Operates chemical process systems. Monitors and troubleshoots the process. Adjusts controls. Performs set up procedures. Cleans equipment. 12 hour shifts.", anon), fire: false},
		{name: "related contact domain", l: listing("Intern", concrete+" Send your CV to careers@acme-analytics.io.", profile("")), fire: false},
	})
}

// TestScamAnonEmployerCombined: an anonymous ad with two or more weak signs
// of a fake job is high; one sign, or only the signs common in real agency
// ads (a contact address and hurry), is not.
func TestScamAnonEmployerCombined(t *testing.T) {
	const cruise = "A 6* Ultra Luxury Cruise Company are looking to recruit hardworking cruise personnel. " +
		"Benefits: on board accommodation, world work visa, tax free salary. " +
		"Please send your resume to: #EMAIL_6e824a2834da27298c6d#. We will contact you within 24 hours."
	runFlagCases(t, ScamAnonEmployer, []flagCase{
		{name: "cruise lure, article is no name", l: listing("Hospitality Positions On Board", cruise, anon), fire: true, sev: model.SeverityHigh, evidence: "send your resume to"},
		{name: "call a phone, paid daily", l: listing("Inbound Call Reps", "We provide complete training. We pay daily! Give us a call TODAY #PHONE_bac6e5a8#", anon), fire: true, sev: model.SeverityHigh},
		{name: "no experience, from home", l: listing("Student Positions", "You can do it all from home, in your free time. No experience required. Visit our site.", anon), fire: true, sev: model.SeverityHigh},
		{name: "webmail and hidden pay", l: listing("Hotel Reception", "Pay is discussed after your application. Email your CV to hr.hotelsuk@yahoo.com.", anon), fire: true, sev: model.SeverityHigh, evidence: "hr.hotelsuk@yahoo.com"},
		{name: "anonymous customer service title", l: listing("Customer Service", "Answer calls and help customers.", anon), fire: true, sev: model.SeverityHigh, field: FieldTitle},
		{name: "anonymous cruise staff title", l: listing("Cruise Ship Staff", "Bars, shops and housekeeping on board.", anon), fire: true, sev: model.SeverityHigh, field: FieldTitle},

		{name: "agency: contact and hurry only", l: listing("Java Developer", "Our client urgently needs a Java developer. You will build APIs, write tests, review code and deploy services. "+
			"Send your CV to #EMAIL_4dd83479#.", anon), fire: false},
		{name: "remote job with tasks, from home, contact", l: listing("Translation Project Manager", "An international translation agency seeks a freelance project manager to work from home. "+
			"You will manage linguists, schedule projects, review deliveries, track budgets and report to the team. Email #EMAIL_ab12#.", anon), fire: false},
		{name: "named company with the signs", l: listing("Cruise Staff Wanted", cruise, profile("Acme Cruises operates three ships in the Caribbean.")), fire: false},
		{name: "camel-case technical administrator", l: listing("SharePoint Administrator", "Maintain farms, automate deployments, monitor sites and patch servers. 12 month contract.", anon), fire: false},
		{name: "technical administrator", l: listing("Linux System Administrator", "Maintain servers, automate deployments, monitor systems and patch kernels. 12 month contract.", anon), fire: false},
		{name: "one sign", l: listing("Wedding videographer", "Videography company needs a videographer on 1 and 3 August. We need filming only. Send examples to #EMAIL_12ab#.", anon), sev: model.SeverityMedium, fire: true, field: FieldCompany},
	})
}

// TestAnonymousArticle: an indefinite article before a capitalized phrase
// describes the employer rather than naming it.
func TestAnonymousArticle(t *testing.T) {
	for text, want := range map[string]bool{
		"A Luxury Cruise Company is looking for staff.":             true,
		"An International Translation Agency is seeking a manager.": true,
		"Acme Cruises is looking for staff.":                        false,
		"Ginkgotree is changing the way course materials work.":     false,
	} {
		l := listing("Staff", text, anon)
		if got := anonymous(newCtx(l, Options{})); got != want {
			t.Errorf("anonymous(%q) = %v, want %v", text, got, want)
		}
	}
}

func TestScamWFHHype(t *testing.T) {
	runFlagCases(t, ScamWFHHype, []flagCase{
		{name: "money from home", l: listing("Work From Home", "Make money from home in your spare time! Be your own boss."), fire: true, evidence: "Make money"},
		{name: "boost your income", l: listing("Make Easy Money at Home", "Boost Your Income. Stay home or do it any where in the country."), fire: true},
		{name: "remote role with tasks", l: listing("Remote Data Analyst", "Work from home: you will write SQL, build dashboards, clean data and present findings to earn your stipend."), fire: false},
		{name: "remote without money pitch", l: listing("Remote Support", "You will work from home answering tickets."), fire: false},
	})
}
