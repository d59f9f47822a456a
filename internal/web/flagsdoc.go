package web

import (
	"net/http"
)

// flagDoc explains one red flag to students on /flags.
type flagDoc struct {
	ID, Family, Severity string
	Triggers             string // what in a listing raises it
	Why                  string // why it matters
	Do                   string // what a student should do
}

// flagDocs are the red flags in the order /flags shows them: scams first.
var flagDocs = []flagDoc{
	{"SCAM_UPFRONT_FEE", "scam", "high",
		"The listing asks you to pay: an application or registration fee, training, a starter kit, equipment, or a “refundable deposit”. It is not raised when the ad says there is no fee.",
		"Real employers pay you; they do not charge you to work for them.",
		"Do not pay anything. Report the listing to the board it came from."},
	{"SCAM_OFFPLATFORM_CONTACT", "scam", "high",
		"The interview or first contact is on Telegram, WhatsApp, Signal, Hangouts or TextNow, or a named company writes from a personal webmail address. Slack or Teams as work tools do not count.",
		"Scammers move you to chat apps where nobody checks who they are.",
		"Apply only through the company’s own site or the board. Check the company’s domain before replying."},
	{"SCAM_CHECK_HANDLING", "scam", "high",
		"You would cash a check and send money on, buy equipment with a mailed check, reship parcels, buy gift cards, or wire money or crypto to the employer.",
		"These are the classic fake-check and money-mule schemes: the check bounces and you owe the money.",
		"Never forward money or goods for an employer. Walk away."},
	{"SCAM_PERSONAL_DATA", "scam", "high or medium",
		"The application asks for a Social Security or national ID number, bank details, scans of your ID, or your date of birth (high); or, outside a normal application form, several personal details such as your full name, home address and phone, your age, marital status or a photo (medium). A background-check notice after an offer does not count.",
		"Those details are enough to steal your identity or empty your account.",
		"Share them only after a written offer, through the employer’s own HR system."},
	{"SCAM_TOO_GOOD_PAY", "scam", "high or medium",
		"Pay far above the market for simple work from home: “earn $200 daily”, “unlimited income”.",
		"Too-good pay is the bait of most job scams.",
		"Compare with similar listings. Ask what exactly you would deliver and who pays for it."},
	{"SCAM_PRESSURE", "scam", "medium",
		"Hurry words: “no interview needed”, “only 5 slots left”, “limited spots”, “reply within 24 hours”, “you can start today”, “apply before it’s gone”. “Immediate start” alone, a “Start: immediately” field, or starting “right after approval” does not count.",
		"Pressure is there to stop you from checking.",
		"Take your time. A real employer waits a day for you to look them up."},
	{"SCAM_ANON_EMPLOYER", "scam", "high or medium",
		"Nothing but a name identifies the employer (no profile, website or careers board of its own) for generic work from home, or the contact address is on a free-mail domain or a domain unrelated to the company’s site.",
		"You cannot check an employer who will not say who they are.",
		"Find the company’s own website and careers page. If you cannot, do not apply."},
	{"SCAM_WFH_HYPE", "scam", "medium",
		"A generic work-from-home money pitch with no employer task to do.",
		"Without real work, the “job” is usually a sales funnel or a scam.",
		"Look for a concrete task, a named team and a real company before you apply."},
	{"SCAM_TEMPLATE_REUSE", "scam", "high",
		"The same long ad text appears under other employers’ names, the company profile copies another employer’s, or an employer with no profile posts the same text in many places. The flag links the other listings. One opportunity on two boards, or one employer posting one role in several cities, does not count.",
		"Fake ads are spread by copying real ones under invented or borrowed company names.",
		"Open the other listings it links. If the same words sit under different companies, do not apply or share any details."},
	{"UNPAID", "unpaid", "high",
		"The work is unpaid: “unpaid internship”, “volunteer position”, “for academic credit only”, “paid in exposure”, “equity only”, or the pay is zero. “Unpaid time off” does not count.",
		"Unpaid work for a company is often illegal and always costs you time you could be paid for.",
		"Ask whether it is paid. If it is for credit, check with your school first."},
	{"PAY_BELOW_FLOOR", "unpaid", "medium",
		"The hourly rate (a fixed fee divided by the stated hours) is below the pay floor of the country of the work. The reason names the floor that applied.",
		"Low pay for real work undervalues you; a fee for many hours can fall far below minimum wage.",
		"Work out the hourly rate yourself and ask whether the hours are realistic."},
	{"PAY_UNSPECIFIED", "unpaid", "low",
		"No pay is stated anywhere, or only “competitive”.",
		"You cannot judge an offer without knowing what it pays.",
		"Ask for the pay before you spend time on an application."},
	{"VAGUE_NO_DESCRIPTION", "vague", "medium",
		"The description is very short, with no concrete deliverables elsewhere.",
		"A real project can be described in a few sentences.",
		"Ask what you would deliver, by when, and to whom."},
	{"VAGUE_NO_DELIVERABLES", "vague", "medium",
		"The duties name no concrete output: “help with various tasks”, “assist as needed”.",
		"Without a deliverable you cannot show the work later, and the scope can grow without limit.",
		"Ask what the finished result looks like."},
	{"VAGUE_NO_DURATION", "vague", "medium",
		"A project or internship with no hours, duration or deadline.",
		"Open-ended work is hard to fit around your studies and to price.",
		"Ask how many hours it takes in total and by when."},
	{"VAGUE_NO_SUPERVISOR", "vague", "low",
		"Nobody is named to report to: no mentor, lead or manager.",
		"Learning comes from feedback; so does a reference.",
		"Ask who you would work with and how often you would meet."},
	{"VAGUE_CATCHALL_DUTIES", "vague", "low",
		"“Other duties as assigned” or similar boilerplate.",
		"Usually harmless, but it leaves the scope open.",
		"Check that the main duties are clear."},
	{"VAGUE_SCOPE_MASS_HIRING", "vague", "low",
		"One role offered to crowds at once: “Openings: 1000”, “hiring 300 interns”, “mass hiring”. Counts of the company’s staff or past hires do not count.",
		"Nobody scopes and supervises hundreds of interns on one project; such roles are usually unpaid promotion or recruiting work.",
		"Ask what you personally would deliver, who reviews it, and what it pays."},
}

// flagsView is the /flags page's data.
type flagsView struct{ Flags []flagDocView }

type flagDocView struct {
	flagDoc
	Label string
}

// flagsPage explains each red flag: what raises it, why it matters, what to do.
func (s *Server) flagsPage(w http.ResponseWriter, r *http.Request) {
	v := &flagsView{}
	for _, d := range flagDocs {
		v.Flags = append(v.Flags, flagDocView{flagDoc: d, Label: flagLabel(d.ID)})
	}
	s.render(w, r, http.StatusOK, "flags", pageData{Title: "Red flags explained", Page: v})
}
