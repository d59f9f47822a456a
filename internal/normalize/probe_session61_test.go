package normalize

import (
	"testing"

	"github.com/gigscout/gigscout/internal/model"
)

// session61Cases are readings of pay, work mode, region and type that a
// set of probes written in our own words found missing, each with traps
// that must not change.
var session61Cases = []truthCase{
	// Work mode: on-site said without an on-site word.
	{name: "stationed at a fulfillment center", p: model.Posting{Title: "Picker", Locations: []string{"Reno, NV"},
		DescriptionText: "You will be stationed at our returns processing center on the night shift."}, remote: "onsite"},
	{name: "report daily to a clinic", p: model.Posting{Title: "Scribe", Locations: []string{"Tulsa, OK"},
		DescriptionText: "Report each morning to our urgent-care clinic and document visits in real time."}, remote: "onsite"},
	{name: "based on the production floor", p: model.Posting{Title: "Process Technician", Locations: []string{"Dayton, OH"},
		DescriptionText: "The role is based on the production floor, next to the extrusion lines."}, remote: "onsite"},
	{name: "required to be physically present in a centre", p: model.Posting{Title: "Dispatcher", Locations: []string{"Leeds"},
		DescriptionText: "The job requires you to be physically present in the control centre for each shift."}, remote: "onsite"},
	{name: "other teams remote, this role on the floor", p: model.Posting{Title: "Quality Engineer", Locations: []string{"Akron, OH"},
		DescriptionText: "Our data teams work remotely from all over the country. This role is based on the shop floor of our Akron plant."}, remote: "onsite"},
	{name: "other teams distributed, but this role in person", p: model.Posting{Title: "Office Coordinator", Locations: []string{"Denver, CO"},
		DescriptionText: "Our product teams are fully distributed, but this role runs our Denver office and is in person every day."}, remote: "onsite"},
	{name: "a quoted work-from-anywhere week is a perk", p: model.Posting{Title: "Buyer", Locations: []string{"Austin, TX"},
		DescriptionText: "You'll work in person at our Austin store. Perks: a 30% discount and one 'work from anywhere' week a year."}, remote: "onsite"},
	{name: "trap: stationed abroad names no workplace", p: model.Posting{Title: "Writer", Locations: []string{"Remote"},
		DescriptionText: "Our writers are stationed all over the world; this is a fully remote role."}, remote: "remote"},
	{name: "trap: reporting to a manager", p: model.Posting{Title: "Analyst", Locations: []string{"Remote"},
		DescriptionText: "Fully remote. You will report daily to the head of data over Slack."}, remote: "remote"},
	{name: "trap: a remote company that is distributed", p: model.Posting{Title: "Engineer", Locations: []string{"Remote"},
		DescriptionText: "Our teams are fully distributed and this role is remote as well."}, remote: "remote"},
	// Work mode: hybrid as weekdays.
	{name: "home on a range of weekdays", p: model.Posting{Title: "Illustrator", Locations: []string{"Portland, OR"},
		DescriptionText: "Come into the studio on Mondays for reviews, and work from home Tuesday to Friday."}, remote: "hybrid"},
	{name: "weekdays that are team days", p: model.Posting{Title: "Analyst", Locations: []string{"Utrecht"},
		DescriptionText: "Mondays and Wednesdays are office days at our Utrecht hub; otherwise work where you like."}, remote: "hybrid"},
	{name: "trap: a remote workshop on a weekday", p: model.Posting{Title: "Coordinator", Locations: []string{"Portland, OR"},
		DescriptionText: "Join the remote Tuesday workshop for all new starters."}, remote: "unknown"},
	{name: "trap: home every weekday is no part of the week", p: model.Posting{Title: "Agent", Locations: []string{"Remote"},
		DescriptionText: "Work from home Monday through Friday on a laptop we provide."}, remote: "remote"},

	// Pay: sums paid back or paid by the student are no pay.
	{name: "transit costs reimbursed up to an amount", p: model.Posting{Title: "Archive Intern", Locations: []string{"Boston, MA"},
		DescriptionText: "This internship is unpaid. We reimburse your commuting costs up to $75 a month."}, pay: "-"},
	{name: "a monthly metro reimbursement", p: model.Posting{Title: "Policy Intern", Locations: []string{"Washington, DC"},
		DescriptionText: "Unpaid; interns get a $40 monthly Metro reimbursement."}, pay: "-"},
	{name: "a program fee the student pays", p: model.Posting{Title: "Summer Internship Program (Lisbon)",
		DescriptionText: "The programme fee of €2,900 covers housing and placement. Placements are unpaid."}, pay: "-"},
	{name: "trap: a wage beside mileage reimbursement", p: model.Posting{Title: "Courier",
		DescriptionText: "Pay: $19 per hour plus mileage reimbursement."}, pay: "19 19 USD hour"},
	{name: "trap: reimbursement said before a wage in another sentence", p: model.Posting{Title: "Assistant",
		DescriptionText: "We reimburse parking. The wage is $21 per hour."}, pay: "21 21 USD hour"},
	{name: "a Brazilian internship stipend after its amount", p: model.Posting{Title: "Estágio em Marketing", Locations: []string{"Curitiba, PR, Brasil"},
		DescriptionText: "Oferecemos R$ 1.500,00 de bolsa-auxílio mensal e vale-transporte."}, pay: "1500 1500 BRL month"},

	// Region.
	{name: "from anywhere, then a country after a comma", p: model.Posting{Title: "Support Agent", Locations: []string{"Remote"},
		DescriptionText: "Work from anywhere, as long as you live in Ireland."}, regions: "IE"},
	{name: "as long as it is within a country", p: model.Posting{Title: "Analyst", Locations: []string{"Remote"},
		DescriptionText: "Work wherever you like, as long as it's within Germany."}, regions: "DE"},
	{name: "a position available globally", p: model.Posting{Title: "Designer", Locations: []string{"Remote"},
		DescriptionText: "This position is available globally."}, regions: "worldwide"},
	{name: "a preference after but is no scope", p: model.Posting{Title: "Writer", Locations: []string{"Remote"},
		DescriptionText: "The job is open worldwide, but we prefer applicants in Asia."}, regions: "worldwide"},
	{name: "the Middle East and North Africa as one area", p: model.Posting{Title: "Moderator", Locations: []string{"Remote"},
		DescriptionText: "Open to candidates based in the Middle East and North Africa."}, regions: "MENA"},
	{name: "trap: a condition with no place keeps the world", p: model.Posting{Title: "Analyst", Locations: []string{"Remote"},
		DescriptionText: "Work wherever you like, as long as you have a reliable connection."}, regions: "worldwide"},
	{name: "trap: a product available globally", p: model.Posting{Title: "Designer", Locations: []string{"Remote"},
		DescriptionText: "Our app is available globally."}, regions: "none"},
	{name: "trap: as long as it is in a language", p: model.Posting{Title: "Writer", Locations: []string{"Remote"},
		DescriptionText: "Any topic is fine, as long as it's in English."}, regions: "none"},

	// Type.
	{name: "a graduate programme that is a permanent full-time role", p: model.Posting{Title: "Graduate Trainee, Finance",
		DescriptionText: "The scheme is a permanent, full-time role with three rotations."}, jobType: "full_time"},
}

// session61MoreCases came from a second set of probes, written after the
// fixes above.
var session61MoreCases = []truthCase{
	// Work mode.
	{name: "based at a distribution hub", p: model.Posting{Title: "Loader", Locations: []string{"Joliet, IL"},
		DescriptionText: "Based at our cross-dock hub near the interstate, you'll load trailers."}, remote: "onsite"},
	{name: "remote-friendly culture beside a site role", p: model.Posting{Title: "Test Technician", Locations: []string{"Fremont, CA"},
		DescriptionText: "We're proud of our remote-friendly culture: many of our sales teams work from home. This position, however, is based at our Fremont test site."}, remote: "onsite"},
	{name: "a remote-first company's exception at HQ", p: model.Posting{Title: "Facilities Lead", Locations: []string{"Austin, TX"},
		DescriptionText: "Acme is a remote-first company: most of our staff work from home. This role is an exception to our remote-first model and requires being in person at HQ five days a week."}, remote: "onsite"},
	{name: "office days and home days counted", p: model.Posting{Title: "Analyst", Locations: []string{"Denver, CO"},
		DescriptionText: "Our 3-2 model: three days a week with your team at our Denver office and two days working from home."}, remote: "hybrid"},
	{name: "weekdays in the studio, the rest from home", p: model.Posting{Title: "Architect", Locations: []string{"Aarhus"},
		DescriptionText: "We meet in the studio on Mondays and Wednesdays; the rest of the week you work from home."}, remote: "hybrid"},
	{name: "mostly remote with a weekly in-person team day", p: model.Posting{Title: "Writer", Locations: []string{"Austin, TX"},
		DescriptionText: "Mostly remote, with one in-person team day every week at our Austin office."}, remote: "hybrid"},
	{name: "a location-flexible position", p: model.Posting{Title: "Grant Writer",
		DescriptionText: "The position is location-flexible: work from wherever you're most productive."}, remote: "remote"},
	{name: "trap: a remote-first company with a remote role", p: model.Posting{Title: "Engineer", Locations: []string{"Remote"},
		DescriptionText: "We are a remote-first company and this role is fully remote; we meet in person once a year."}, remote: "remote"},

	// Region.
	{name: "Australian Eastern hours are Australia's", p: model.Posting{Title: "Bookkeeper", Locations: []string{"Remote"},
		DescriptionText: "Work from home; you must work Australian Eastern Standard Time business hours."}, regions: "AU"},
	{name: "hiring internationally, this role only in three countries", p: model.Posting{Title: "QA Engineer", Locations: []string{"Remote"},
		DescriptionText: "We hire internationally through an employer of record; for this role we can only offer employment in Peru, Chile and Uruguay."}, regions: "PE,CL,UY"},
	{name: "from any country", p: model.Posting{Title: "Marketer", Locations: []string{"Remote"},
		DescriptionText: "Our offices are in Paris and Lagos, but this role is remote and you can do it from any country."}, regions: "worldwide"},
	{name: "North, Central or South America", p: model.Posting{Title: "Recruiter", Locations: []string{"Remote"},
		DescriptionText: "Fully remote. You must reside in North, Central or South America."}, regions: "Americas"},

	// Pay.
	{name: "a monthly contribution to a transit pass", p: model.Posting{Title: "Junior Analyst", Locations: []string{"Berlin, Germany"},
		DescriptionText: "We add a €49 monthly contribution to your transit pass. The salary is €50,000–€56,000 gross per year."}, pay: "50000 56000 EUR year"},
	{name: "on-target earnings spelled out before the base", p: model.Posting{Title: "Account Executive",
		DescriptionText: "On-target earnings for this role are $150,000, made up of a $75,000 base salary and $75,000 in commission."}, pay: "75000 75000 USD year"},

	// Type.
	{name: "others freelance, this post full-time and permanent", p: model.Posting{Title: "Picture Editor",
		DescriptionText: "We commission a network of freelance photographers. You join the desk as a full-time, permanent employee."}, jobType: "full_time"},
	{name: "seasonal associates", p: model.Posting{Title: "Holiday Associate",
		DescriptionText: "Seasonal associates work from late November to early January."}, jobType: "contract"},
	{name: "a Dutch summer job through an agency", p: model.Posting{Title: "Orderpicker",
		DescriptionText: "Zomerbaan in juli via het uitzendbureau."}, jobType: "contract"},
	{name: "a paid project for current college students", p: model.Posting{Title: "Pricing Sprint",
		DescriptionText: "A paid 12-hour project for current college students, done over two weeks."}, jobType: "micro_internship"},
	{name: "trap: a store manager hiring seasonal staff", p: model.Posting{Title: "Store Manager",
		DescriptionText: "You will hire and train our seasonal staff each summer. This is a full-time position."}, jobType: "full_time"},
	{name: "trap: a freelance title keeps its kind", p: model.Posting{Title: "Freelance Editor",
		DescriptionText: "Work with us as a full-time, permanent employee of the collective."}, jobType: "contract"},
}

// session61LastCases came from a third set of probes, written after the
// fixes above.
var session61LastCases = []truthCase{
	{name: "customers on the sales floor of our store", p: model.Posting{Title: "Associate", Locations: []string{"Tulsa, OK"},
		DescriptionText: "Help shoppers on the sales floor of our downtown store and run the fitting rooms."}, remote: "onsite"},
	{name: "remote interviews, then a fulfillment center", p: model.Posting{Title: "Packer", Locations: []string{"Sparks, NV"},
		DescriptionText: "Interviews happen remotely over video. Once hired, you'll pack orders at our Sparks fulfillment center."}, remote: "onsite"},
	{name: "a hub staffed on site", p: model.Posting{Title: "Monitoring Tech", Locations: []string{"Omaha, NE"},
		DescriptionText: "Our monitoring hub is staffed on site around the clock."}, remote: "onsite"},
	{name: "a role based on site at a school", p: model.Posting{Title: "Learning Support Assistant", Locations: []string{"Hull"},
		DescriptionText: "Experience with remote learning tools helps. The role is based on site at the school, term time only."}, remote: "onsite"},
	{name: "others hybrid, this role on site five days", p: model.Posting{Title: "Planner", Locations: []string{"Grand Rapids, MI"},
		DescriptionText: "Many of our office roles follow a hybrid schedule. This role requires on-site presence at our plant five days per week."}, remote: "onsite"},
	{name: "teaching from your own home", p: model.Posting{Title: "Online Tutor",
		DescriptionText: "Teach conversation classes over video from your own home."}, remote: "remote"},
	{name: "contractors hired throughout an area", p: model.Posting{Title: "Designer", Locations: []string{"Remote"},
		DescriptionText: "We hire remote contractors throughout Latin America."}, regions: "LATAM"},
	{name: "a wellness account is no pay", p: model.Posting{Title: "Account Executive",
		DescriptionText: "A base salary of CAD 68,000 with OTE of CAD 110,000. You also get a CAD 1,200 annual wellness account."}, pay: "68000 68000 CAD year"},
	{name: "an Italian permanent part-time contract", p: model.Posting{Title: "Impiegata contabile",
		DescriptionText: "Contratto a tempo indeterminato, part-time 24 ore settimanali."}, jobType: "part_time"},
	{name: "a part-time MBA is a course, not the post", p: model.Posting{Title: "Planning Analyst",
		DescriptionText: "Build monthly forecasts. A part-time MBA in progress is welcome."}, jobType: "unknown"},
	{name: "trap: hiring across departments names no place", p: model.Posting{Title: "Engineer", Locations: []string{"Remote"},
		DescriptionText: "We hire across all departments and levels."}, regions: "none"},
	{name: "trap: an Italian permanent contract stays full-time", p: model.Posting{Title: "Impiegato",
		DescriptionText: "Contratto a tempo indeterminato, 40 ore settimanali."}, jobType: "full_time"},
}

// session61FourthCases came from a fourth set of probes, written after
// the fixes above.
var session61FourthCases = []truthCase{
	{name: "inside a fulfillment center", p: model.Posting{Title: "Picker", Locations: []string{"Memphis, TN"},
		DescriptionText: "Pick and pack orders inside our 300,000 sq ft fulfillment center near the airport."}, remote: "onsite"},
	{name: "other teams remote, this role at a clinic", p: model.Posting{Title: "Medical Assistant", Locations: []string{"Round Rock, TX"},
		DescriptionText: "Our billing team works remotely, but this role is patient-facing: you'll assist providers at our Round Rock family clinic."}, remote: "onsite"},
	{name: "services delivered from your home", p: model.Posting{Title: "Peer Mentor",
		DescriptionText: "All sessions are delivered from your home by phone and video."}, remote: "remote"},
	{name: "weekdays at a hub, the rest from home", p: model.Posting{Title: "Marketer", Locations: []string{"Porto"},
		DescriptionText: "You'll work from our Porto hub on Mondays and Thursdays and from home the rest of the week."}, remote: "hybrid"},
	{name: "North or South America", p: model.Posting{Title: "Architect", Locations: []string{"Remote"},
		DescriptionText: "This remote role is open to candidates anywhere in North or South America."}, regions: "Americas"},
	{name: "a transit pass's value is no pay", p: model.Posting{Title: "Policy Intern",
		DescriptionText: "Unpaid, for academic credit. A monthly bus pass ($86 value) is provided."}, pay: "-"},
	{name: "a cell phone stipend is no pay", p: model.Posting{Title: "Companion Volunteer",
		DescriptionText: "A volunteer role. We provide a $35 monthly cell phone stipend."}, pay: "-"},
	{name: "a programme-running title stated full-time and permanent", p: model.Posting{Title: "Internship Program Manager",
		DescriptionText: "Run our summer internship program from recruiting to final presentations. This is a full-time, permanent position."}, jobType: "full_time"},
	{name: "a trainee who joins as a permanent employee", p: model.Posting{Title: "Graduate Trainee - Logistics",
		DescriptionText: "You join us as a permanent, full-time employee from day one and rotate through three teams."}, jobType: "full_time"},
	{name: "others part-time, this role full-time", p: model.Posting{Title: "Office Manager",
		DescriptionText: "Many of our team members work part-time. This role, however, is full-time: 37.5 hours per week."}, jobType: "full_time"},
	{name: "a permanent part-time staff position", p: model.Posting{Title: "Placement Coordinator",
		DescriptionText: "This is a permanent, part-time staff position with a flexible schedule."}, jobType: "part_time"},
	{name: "in-house and full-time over freelance translators", p: model.Posting{Title: "Project Manager (Localisation)",
		DescriptionText: "We work with a network of freelance translators. This is a permanent, full-time in-house position."}, jobType: "full_time"},
	{name: "a paid student project in the title", p: model.Posting{Title: "Brand Audit - Paid Student Project",
		DescriptionText: "Current undergraduates only. About 8 hours in total; $200 on completion."}, jobType: "micro_internship"},
	{name: "a student to complete a short paid project", p: model.Posting{Title: "Competitor Scan",
		DescriptionText: "We're looking for a current college student to complete a short, paid project of about 15 hours."}, jobType: "micro_internship"},
	{name: "Spanish freelancers sought", p: model.Posting{Title: "Traductor/a",
		DescriptionText: "Buscamos traductores autónomos para proyectos de localización."}, jobType: "contract"},
	{name: "office days, then home the other days", p: model.Posting{Title: "Dispatcher", Locations: []string{"Joliet, IL"},
		DescriptionText: "You'll spend two days a week at our Joliet yard and work from home the other three."}, remote: "hybrid"},
	{name: "the Republic of Ireland after the UK", p: model.Posting{Title: "Bid Writer", Locations: []string{"Remote"},
		DescriptionText: "Home-based role, open to applicants living in the UK or the Republic of Ireland."}, regions: "GB,IE"},
	{name: "trap: a remote role's meetings at customers' offices", p: model.Posting{Title: "Analyst", Locations: []string{"Remote"},
		DescriptionText: "Fully remote. Two days a month you'll join calls from home and visit customers' offices."}, remote: "remote"},
	{name: "a programme fee's second amount", p: model.Posting{Title: "Reef Survey Volunteer",
		DescriptionText: "The programme fee is £900 for the first week and £300 for each extra week."}, pay: "-"},
	{name: "trap: a waived fee, then the wage", p: model.Posting{Title: "Field Assistant",
		DescriptionText: "The placement fee is waived, and $20 per hour is paid to every assistant."}, pay: "20 20 USD hour"},
	{name: "trap: autonomous work is no freelance post", p: model.Posting{Title: "Administrativo",
		DescriptionText: "Valoramos la capacidad de trabajo autónomo. Contrato indefinido a jornada completa."}, jobType: "full_time"},
	{name: "trap: an intern title keeps its kind", p: model.Posting{Title: "Marketing Intern",
		DescriptionText: "Strong interns may later join as a permanent, full-time employee."}, jobType: "internship"},
}

func TestSession61Readings(t *testing.T) {
	cases := append(append([]truthCase(nil), session61Cases...), session61MoreCases...)
	cases = append(cases, session61LastCases...)
	runFieldCasesShortAndLong(t, append(cases, session61FourthCases...))
}
