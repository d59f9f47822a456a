package normalize

import (
	"testing"
	"time"

	"github.com/gigscout/gigscout/internal/model"
)

// blind2FixCases pin the fixes made for the second blind table
// (testdata/agreement_blind2.jsonl), in other words than the table's, each
// with a trap beside it that the fix must not fire on.
var blind2FixCases = []truthCase{
	// Hybrid: office weekday ranges, home days a week, office visits a week.
	{name: "office mon to wed", p: model.Posting{Title: "Planner", Locations: []string{"Leeds, UK"}, DescriptionText: "The team is in our office Monday to Wednesday and at home the rest of the week."}, remote: "hybrid"},
	{name: "office mon to fri stays onsite", p: model.Posting{Title: "Planner", Locations: []string{"Leeds, UK"}, DescriptionText: "You will work in the office Monday to Friday, 9 to 5."}, remote: "onsite"},
	{name: "two days a week at home", p: model.Posting{Title: "Clerk", Locations: []string{"Cork, Ireland"}, DescriptionText: "After training you can work two days a week at home."}, remote: "hybrid"},
	{name: "office twice a week", p: model.Posting{Title: "Analyst", Locations: []string{"Lyon, France"}, DescriptionText: "We ask everyone to come into the office twice a week."}, remote: "hybrid"},
	{name: "office twice a year is a visit", p: model.Posting{Title: "Analyst", Locations: []string{"Remote"}, DescriptionText: "We meet in the office twice a year for planning."}, remote: "remote"},
	{name: "hybrid remote label", p: model.Posting{Title: "Nurse Educator", DescriptionText: "Schedule: days\nWork Location: Hybrid remote in Omaha, NE"}, remote: "hybrid"},
	{name: "we are hybrid", p: model.Posting{Title: "Designer", Locations: []string{"Ghent, Belgium"}, DescriptionText: "We are hybrid: most people come in on Thursdays."}, remote: "hybrid"},
	{name: "hybrid app is no schedule", p: model.Posting{Title: "Mobile Developer", Locations: []string{"Ghent, Belgium"}, DescriptionText: "Our product is a hybrid app built with Flutter."}, remote: "unknown"},
	// On-site: denials written as labels or statements, a qualified role.
	{name: "remote colon none", p: model.Posting{Title: "Technician", Locations: []string{"Tulsa, OK"}, DescriptionText: "Shift: nights\nRemote: none"}, remote: "onsite"},
	{name: "not remote sentence", p: model.Posting{Title: "Technician", DescriptionText: "Not remote. You'll work at the Tulsa depot."}, remote: "onsite"},
	{name: "not remote-first but remote", p: model.Posting{Title: "Engineer", DescriptionText: "We're not remote-first, but this role is fully remote."}, remote: "remote"},
	{name: "this specific role is on-site", p: model.Posting{Title: "Chef", Locations: []string{"Remote"}, DescriptionText: "Most of our jobs are remote; this specific role is on-site in Lyon."}, remote: "onsite"},
	{name: "not remote eligible", p: model.Posting{Title: "Teller", Locations: []string{"Akron, OH"}, DescriptionText: "This job is not remote eligible."}, remote: "onsite"},
	// Remote: WFH and telecommute statements, labels, virtual work.
	{name: "fully wfh", p: model.Posting{Title: "Agent", DescriptionText: "Fully WFH, equipment shipped to you."}, remote: "remote"},
	{name: "telecommute role", p: model.Posting{Title: "Coder", DescriptionText: "A telecommute role for certified coders."}, remote: "remote"},
	{name: "remote eligible label", p: model.Posting{Title: "Analyst", Locations: []string{"Des Moines, IA"}, DescriptionText: "Remote-eligible within Iowa."}, remote: "remote"},
	{name: "completed virtually", p: model.Posting{Title: "Research Assistant", DescriptionText: "All work is completed virtually; we meet on Teams."}, remote: "remote"},
	{name: "virtually no meetings is no place", p: model.Posting{Title: "Research Assistant", Locations: []string{"Perth, Australia"}, DescriptionText: "There are virtually no meetings."}, remote: "unknown"},
	{name: "lead remote semicolon", p: model.Posting{Title: "Agent", DescriptionText: "Remote; Central European hours."}, remote: "remote"},
	{name: "lead remote in", p: model.Posting{Title: "Agent", DescriptionText: "Remote in Chile or Peru.\nSpanish required."}, remote: "remote", regions: "CL,PE"},
	// Titles: a bracketed remote note opening the title, virtual internships.
	{name: "title opens with remote note", p: model.Posting{Title: "(Remote - Canada) Bookkeeper"}, remote: "remote", regions: "CA"},
	{name: "title remote sensing is no place", p: model.Posting{Title: "(Remote Sensing) GIS Analyst", Locations: []string{"Boise, ID"}}, remote: "unknown"},
	{name: "virtual internship title", p: model.Posting{Title: "Virtual Micro-Internship in Finance"}, remote: "remote"},
	{name: "virtual assistant title", p: model.Posting{Title: "Virtual Assistant", Locations: []string{"Boise, ID"}}, remote: "unknown"},
	// Regions: place notes beside "remote" in text, lists, refusals, clearances.
	{name: "text remote note pair", p: model.Posting{Title: "Writer", DescriptionText: "Where: remote (Spain or Portugal)."}, remote: "remote", regions: "ES,PT"},
	{name: "text remote note travel", p: model.Posting{Title: "Writer", Locations: []string{"Remote"}, DescriptionText: "Remote (with occasional travel to our London office)."}, regions: "none"},
	{name: "remote any country", p: model.Posting{Title: "Writer", Locations: []string{"Remote"}, DescriptionText: "Team of 12 (fully remote, any country)."}, regions: "worldwide"},
	{name: "one of the following states", p: model.Posting{Title: "Nurse", Locations: []string{"Remote"}, DescriptionText: "You must reside in one of the following states: Idaho, Montana or Wyoming."}, regions: "US"},
	{name: "hyphenated region", p: model.Posting{Title: "Agent", Locations: []string{"Remote"}, DescriptionText: "Candidates should be located in Asia-Pacific."}, regions: "APAC"},
	{name: "provinces", p: model.Posting{Title: "Agent", Locations: []string{"Remote"}, DescriptionText: "We are hiring in Alberta and Manitoba only."}, regions: "CA"},
	{name: "province code", p: model.Posting{Title: "Agent", Locations: []string{"Remote - Calgary, AB"}}, regions: "CA"},
	{name: "cannot hire outside", p: model.Posting{Title: "Agent", Locations: []string{"Remote"}, DescriptionText: "At this time we cannot hire anyone outside of Ireland."}, regions: "IE"},
	{name: "outside help is no place", p: model.Posting{Title: "Agent", Locations: []string{"Remote"}, DescriptionText: "We do not hire outside agencies."}, regions: "none"},
	{name: "clearance", p: model.Posting{Title: "Analyst", Locations: []string{"Remote"}, DescriptionText: "Requires a U.S. government clearance."}, regions: "US"},
	{name: "no clearance needed", p: model.Posting{Title: "Analyst", Locations: []string{"Remote"}, DescriptionText: "No security clearance needed."}, regions: "none"},
	{name: "wherever you live", p: model.Posting{Title: "Analyst", Locations: []string{"Remote"}, DescriptionText: "We hire wherever you live."}, regions: "worldwide"},
	{name: "remote globally", p: model.Posting{Title: "Analyst", Locations: []string{"Remote"}, DescriptionText: "The position is remote globally."}, regions: "worldwide"},
	// Type and pay.
	{name: "per project employment type", p: model.Posting{Title: "Voice Actor", EmploymentType: "per-project"}, jobType: "project"},
	{name: "full time with hours", p: model.Posting{Title: "Clerk", DescriptionText: "Full-time: 37.5 hours, Monday to Friday."}, jobType: "full_time"},
	{name: "bare cents field", p: model.Posting{Title: "Clerk", Locations: []string{"Akron, OH"}, PayText: "16.25"}, pay: "16.25 16.25 USD hour"},
	{name: "bare cents range", p: model.Posting{Title: "Clerk", Locations: []string{"Leeds, UK"}, PayText: "11.44 - 12.10"}, pay: "11.44 12.1 GBP hour"},
	{name: "bare cents large is no wage", p: model.Posting{Title: "Clerk", PayText: "2500.00"}, pay: "-"},
	{name: "bare one decimal is no wage", p: model.Posting{Title: "Clerk", PayText: "12.5"}, pay: "-"},

	// Found by a second, non-blind round of varied wording (written after
	// reading the normalizer): workplace labels, home/office mixes,
	// worldwide welcomes, labeled bare pay, Portuguese periods, plural type
	// labels, summer analyst programs.
	{name: "workplace type label narrows remote", p: model.Posting{Title: "Analyst", Locations: []string{"Remote"}, DescriptionText: "Workplace type: Hybrid\nTeam: Finance"}, remote: "hybrid"},
	{name: "work model label onsite beats hint", p: model.Posting{Title: "Analyst", RemoteHint: "remote", DescriptionText: "Work model: On-site (Lisbon)"}, remote: "onsite"},
	{name: "work environment label", p: model.Posting{Title: "Analyst", DescriptionText: "Work environment: Remote"}, remote: "remote"},
	{name: "position label remote compound", p: model.Posting{Title: "GIS Analyst", Locations: []string{"Boise, ID"}, DescriptionText: "Position: Remote Sensing Analyst II"}, remote: "unknown"},
	{name: "balance of office and home", p: model.Posting{Title: "Planner", Locations: []string{"Leeds, UK"}, DescriptionText: "Expect a balance of office and home working."}, remote: "hybrid"},
	{name: "office work and home life", p: model.Posting{Title: "Planner", Locations: []string{"Leeds, UK"}, DescriptionText: "We respect the balance between office work and home life."}, remote: "unknown"},
	{name: "wfh on snow days is a perk", p: model.Posting{Title: "Clerk", Locations: []string{"Chicago, IL"}, DescriptionText: "You may work from home on snow days; the job is based in our Chicago office."}, remote: "onsite"},
	{name: "partly remote location", p: model.Posting{Title: "Planner", Locations: []string{"Partly remote - Porto"}}, remote: "hybrid"},
	{name: "part-time remote is remote", p: model.Posting{Title: "Planner", Locations: []string{"Part-time remote"}}, remote: "remote"},
	{name: "alpha-3 country code", p: model.Posting{Title: "Planner", Locations: []string{"Remote - GBR"}}, regions: "GB"},
	{name: "country in its own language", p: model.Posting{Title: "Planner", Locations: []string{"Remote, Italia"}}, regions: "IT"},
	{name: "us time zone in words", p: model.Posting{Title: "Planner", Locations: []string{"Remote (Pacific Time)"}}, regions: "US"},
	{name: "location denies remote", p: model.Posting{Title: "Clerk", Locations: []string{"Springfield, IL (Not Remote)"}}, remote: "onsite"},
	{name: "location remote colon no", p: model.Posting{Title: "Clerk", Locations: []string{"Remote: No"}}, remote: "onsite"},
	{name: "location temporarily remote", p: model.Posting{Title: "Clerk", Locations: []string{"Temporarily Remote"}}, remote: "unknown"},
	{name: "location telework", p: model.Posting{Title: "Clerk", Locations: []string{"Telework"}}, remote: "remote"},
	{name: "location on site with a space", p: model.Posting{Title: "Clerk", Locations: []string{"On site - Dover, DE"}}, remote: "onsite"},
	{name: "no remote sentence", p: model.Posting{Title: "Clerk", DescriptionText: "Shifts rotate weekly. No remote."}, remote: "onsite"},
	{name: "no remote experience is no denial", p: model.Posting{Title: "Clerk", Locations: []string{"Remote"}, DescriptionText: "No remote experience needed."}, remote: "remote"},
	{name: "place line wfh", p: model.Posting{Title: "Clerk", DescriptionText: "Data entry for a clinic.\nWFH\nStart: May"}, remote: "remote"},
	{name: "place line hybrid label", p: model.Posting{Title: "Clerk", DescriptionText: "Location: Hybrid\nTeam: ops"}, remote: "hybrid"},
	{name: "remote optional", p: model.Posting{Title: "Clerk", DescriptionText: "Remote optional for this team."}, remote: "remote"},
	{name: "in person or by video", p: model.Posting{Title: "Liaison", Locations: []string{"Spokane, WA"}, DescriptionText: "Attend quarterly meetings in person or by video call."}, remote: "unknown"},
	{name: "in person alone", p: model.Posting{Title: "Liaison", Locations: []string{"Spokane, WA"}, DescriptionText: "Meet clients in person at our branch."}, remote: "onsite"},
	{name: "a freelance telecommuting role", p: model.Posting{Title: "Project Manager", DescriptionText: "We seek a freelance, telecommuting project manager."}, remote: "remote"},
	{name: "mix of skills is no schedule", p: model.Posting{Title: "Planner", Locations: []string{"Leeds, UK"}, DescriptionText: "You bring a mix of skills and curiosity."}, remote: "unknown"},
	{name: "primarily remote", p: model.Posting{Title: "Planner", DescriptionText: "Primarily remote, with a meetup each quarter."}, remote: "remote"},
	{name: "carried out from anywhere", p: model.Posting{Title: "Planner", DescriptionText: "The job could be carried out from anywhere."}, remote: "remote"},
	{name: "teleworking days", p: model.Posting{Title: "Planner", Locations: []string{"Lyon, France"}, DescriptionText: "Teleworking: 3 days a week."}, remote: "hybrid"},
	{name: "remote comma region based", p: model.Posting{Title: "Agent", DescriptionText: "Remote, EMEA-based."}, remote: "remote", regions: "EMEA"},
	{name: "remote comma hours is no place", p: model.Posting{Title: "Agent", Locations: []string{"Remote"}, DescriptionText: "Remote, flexible hours."}, regions: "none"},
	{name: "applicants around the world welcome", p: model.Posting{Title: "Agent", Locations: []string{"Remote"}, DescriptionText: "Applicants from around the world are welcome."}, regions: "worldwide"},
	{name: "european economic area", p: model.Posting{Title: "Agent", Locations: []string{"Remote"}, DescriptionText: "You must live in the European Economic Area."}, regions: "EU"},
	{name: "summer analyst title", p: model.Posting{Title: "Investment Banking Summer Analyst"}, jobType: "internship"},
	{name: "summer camp counselor is no internship", p: model.Posting{Title: "Summer Camp Counselor"}, jobType: "unknown"},
	{name: "temporary to hire", p: model.Posting{Title: "Clerk", DescriptionText: "A temporary-to-hire opening in accounts."}, jobType: "contract"},
	{name: "plural job types label", p: model.Posting{Title: "Clerk", DescriptionText: "Job Types: Temporary, Part-time"}, jobType: "contract"},
	{name: "labeled bare hourly", p: model.Posting{Title: "Clerk", PayText: "Pay rate: 19.75/hour"}, pay: "19.75 19.75 USD hour"},
	{name: "labeled bare salary", p: model.Posting{Title: "Clerk", PayText: "Salary: 48000-52000"}, pay: "48000 52000 USD year"},
	{name: "capitalized lakh", p: model.Posting{Title: "Analyst", Locations: []string{"Pune, India"}, PayText: "₹6 Lakh per annum"}, pay: "600000 600000 INR year"},
	{name: "c2h employment type", p: model.Posting{Title: "Analyst", EmploymentType: "C2H"}, jobType: "contract"},
	{name: "casual employment type", p: model.Posting{Title: "Kitchen Hand", EmploymentType: "Casual"}, jobType: "part_time"},
	{name: "zero hours contract", p: model.Posting{Title: "Carer", EmploymentType: "Zero Hours Contract"}, jobType: "part_time"},
	{name: "portuguese month", p: model.Posting{Title: "Analista", Locations: []string{"Recife, Brazil"}, PayText: "R$ 4.500 por mês"}, pay: "4500 4500 BRL month"},
}

func TestBlind2Fixes(t *testing.T) {
	opts := Options{Now: time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)}
	for _, tc := range blind2FixCases {
		t.Run(tc.name, func(t *testing.T) { checkTruthCase(t, tc, opts) })
	}
}
