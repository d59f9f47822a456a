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

func TestSession61Readings(t *testing.T) { runFieldCasesShortAndLong(t, session61Cases) }
