package normalize

import (
	"testing"

	"github.com/gigscout/gigscout/internal/model"
)

// englishConditionCases pin remote_english_conditions.go. Traps sit beside
// each shape.
var englishConditionCases = []truthCase{
	// home or remote work limited to part of the week or of the time
	{name: "home working capped at days a week", p: model.Posting{Title: "Payroll Officer",
		DescriptionText: "Working from home is permitted for a maximum of three days per week once you pass probation."}, remote: "hybrid"},
	{name: "remote working up to days a week", p: model.Posting{Title: "Claims Handler",
		DescriptionText: "Remote working is offered up to 2 days each week."}, remote: "hybrid"},
	{name: "telework days per pay period", p: model.Posting{Title: "Program Analyst",
		DescriptionText: "Selectees may telework one day per pay period with supervisor approval."}, remote: "hybrid"},
	{name: "home work as a share of the time", p: model.Posting{Title: "Underwriter",
		DescriptionText: "Staff may work at home up to 60% of their working week."}, remote: "hybrid"},
	{name: "days named by the home word", p: model.Posting{Title: "Recruiter",
		DescriptionText: "You get three work-from-home days and a laptop allowance."}, remote: "hybrid"},
	{name: "remote working for part of the week", p: model.Posting{Title: "Claims Handler", Locations: []string{"Hull"},
		DescriptionText: "Remote working is possible for part of the week once trained."}, remote: "hybrid"},
	{name: "trap: travel for part of the week", p: model.Posting{Title: "Solutions Consultant",
		DescriptionText: "The role is remote working, with travel for part of the week to clients."}, remote: "remote"},
	{name: "trap: travel limited, not home work", p: model.Posting{Title: "Solutions Consultant",
		DescriptionText: "The role is remote working, with travel up to 2 days per week to clients."}, remote: "remote"},
	{name: "trap: a full week at home", p: model.Posting{Title: "Chat Agent",
		DescriptionText: "You will work from home five days per week on a fixed roster."}, remote: "!hybrid"},

	// remote work said to be temporary
	{name: "remote for the time being then the office", p: model.Posting{Title: "Office Coordinator",
		DescriptionText: "The job is remote for the time being and moves to our Leeds office in spring."}, remote: "onsite"},
	{name: "initially from home then on site", p: model.Posting{Title: "Lab Assistant",
		DescriptionText: "You will initially work remotely, then transition to full-time on-site duties."}, remote: "onsite"},
	{name: "from home during induction then the branch", p: model.Posting{Title: "Bank Teller",
		DescriptionText: "You will work from home during induction, after which you join our Parramatta branch."}, remote: "onsite"},
	{name: "temporarily remote then hybrid", p: model.Posting{Title: "Auditor",
		DescriptionText: "Staff are temporarily working from home and will return to the office on a hybrid schedule."}, remote: "hybrid"},
	{name: "trap: remote for now with no later place", p: model.Posting{Title: "Writer",
		DescriptionText: "This role is remote for now, and we may extend the contract next quarter."}, remote: "remote"},
	{name: "trap: the remote first week of a remote role", p: model.Posting{Title: "Writer",
		DescriptionText: "This is a fully remote role. We never expect anyone in person."}, remote: "remote"},

	// a concessive remote-first line and an on-site role
	{name: "although remote-first the role is on site", p: model.Posting{Title: "Hardware Technician",
		DescriptionText: "Although we're a remote-first business, this position is fully on-site at our Reno lab."}, remote: "onsite"},
	{name: "whilst remote-first the role has office days", p: model.Posting{Title: "Office Manager",
		DescriptionText: "Whilst the company is remote-first, this role is based in our Glasgow office three days a week."}, remote: "hybrid"},
	{name: "trap: remote-first with a yearly meetup", p: model.Posting{Title: "Engineer",
		DescriptionText: "We are remote-first and this role is fully remote; we meet in person once a year."}, remote: "remote"},

	// commute, distance and presence demands; telework denied
	{name: "must commute to the office", p: model.Posting{Title: "Legal Secretary",
		DescriptionText: "Applicants should be able to commute daily to our Midtown office."}, remote: "onsite"},
	{name: "must reside within miles", p: model.Posting{Title: "Maintenance Technician",
		DescriptionText: "Technicians must reside within 25 miles of the facility for on-call duty."}, remote: "onsite"},
	{name: "within a kilometre radius", p: model.Posting{Title: "Delivery Driver",
		DescriptionText: "Preference for candidates within a 15 km radius of our depot."}, remote: "onsite"},
	{name: "full-time presence at the site", p: model.Posting{Title: "Site Supervisor",
		DescriptionText: "The job demands daily presence at our Geelong site."}, remote: "onsite"},
	{name: "telework denied", p: model.Posting{Title: "Records Clerk",
		DescriptionText: "This job is not eligible for teleworking."}, remote: "onsite"},
	{name: "trap: remote role near a city", p: model.Posting{Title: "Account Manager",
		DescriptionText: "This is a remote role, but you must live within 50 miles of Tulsa to meet clients."}, remote: "remote"},
	{name: "trap: commute as a perk", p: model.Posting{Title: "Analyst",
		DescriptionText: "We pay for your commute and lunch on Fridays."}, remote: "unknown"},

	// remote offers of remote.go's bodyRemoteMore: telecommuting as the
	// means, work from wherever the worker is, home-based with travel, a
	// welcome to remote applicants
	{name: "done by telework", p: model.Posting{Title: "Grants Specialist",
		DescriptionText: "Duties can be carried out by telework from any state."}, remote: "remote"},
	{name: "work wherever you live", p: model.Posting{Title: "Copy Editor",
		DescriptionText: "You can work wherever you like - kitchen table or coworking space."}, remote: "remote"},
	{name: "home-based and travelling", p: model.Posting{Title: "Regional Trainer",
		DescriptionText: "Home based and regular travel to stores in the North East."}, remote: "remote"},
	{name: "welcoming remote candidates", p: model.Posting{Title: "QA Tester",
		DescriptionText: "We happily welcome remote candidates for this contract."}, remote: "remote"},
	{name: "trap: a home-based business as clients", p: model.Posting{Title: "Bookkeeper",
		DescriptionText: "Our clients are home-based businesses in the Hunter region; you work at our Newcastle office."}, remote: "!remote"},
}

func TestEnglishConditionCases(t *testing.T) {
	runFieldCasesShortAndLong(t, englishConditionCases)
}
