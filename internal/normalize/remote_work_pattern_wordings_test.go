package normalize

import (
	"strings"
	"testing"
	"time"

	"github.com/gigscout/gigscout/internal/model"
)

// workPatternCases pin remote_work_pattern_wordings.go and its readers, in
// other words than the round 121b sources; traps: office-day counts above
// zero, a yearly count, duties and people named with home and office, an
// allowance that is a perk or experience, a disclaimer beside a real
// remote statement, a visit to the office, a location line that offers
// remote work, a hybrid word that is a requirement, and a listing's own
// field.
var workPatternCases = []truthCase{
	// no office days
	{name: "zero days a week in the office", p: model.Posting{Title: "Analyst", DescriptionText: "Office attendance: 0 days a week in the office."}, remote: "remote"},
	{name: "board field zero days slash week", p: model.Posting{Title: "Analyst", DescriptionText: "Team: Payments\nWork site\n0 days / week in-office\nTravel: none"}, remote: "remote"},
	{name: "zero on-site days", p: model.Posting{Title: "Analyst", DescriptionText: "This role has zero on-site days."}, remote: "remote"},
	{name: "no days in the office", p: model.Posting{Title: "Analyst", DescriptionText: "Expect no days in the office; the team meets online."}, remote: "remote"},

	{name: "trap: two days slash week in office", p: model.Posting{Title: "Analyst", DescriptionText: "Work site\n2 days / week in-office"}, remote: "hybrid"},
	{name: "trap: ten days in the office a year", p: model.Posting{Title: "Analyst", DescriptionText: "You will spend 10 days in the office a year for planning."}, remote: "!remote"},
	{name: "trap: zero days field decides", p: model.Posting{Title: "Analyst", RemoteHint: "onsite", DescriptionText: "0 days / week in-office"}, remote: "onsite"},

	// home and office working named together
	{name: "home and office based working", p: model.Posting{Title: "Clerk", DescriptionText: "We support a blend of benefits and home and office-based working."}, remote: "hybrid"},
	{name: "office and home working", p: model.Posting{Title: "Clerk", DescriptionText: "The team follows office and home working."}, remote: "hybrid"},
	{name: "remote and in-person presence expected", p: model.Posting{Title: "Clerk", DescriptionText: "Remote and in-person presence is expected across the week."}, remote: "hybrid"},
	{name: "home slash office work pattern", p: model.Posting{Title: "Clerk", DescriptionText: "A home/office work pattern agreed with your manager."}, remote: "hybrid"},

	{name: "trap: remote and on-site support duty", p: model.Posting{Title: "Desk Technician", DescriptionText: "Provide remote and on-site support to staff."}, remote: "!hybrid"},
	{name: "trap: remote and office-based staff", p: model.Posting{Title: "HR Partner", DescriptionText: "You will look after remote and office-based staff."}, remote: "!hybrid"},
	{name: "trap: office and home working teams", p: model.Posting{Title: "HR Partner", DescriptionText: "Advise office and home working teams on safety."}, remote: "!hybrid"},
	{name: "trap: pair field decides", p: model.Posting{Title: "Clerk", RemoteHint: "remote", DescriptionText: "Home and office-based working."}, remote: "remote"},

	// a few days from home allowed
	{name: "up to three days working from home", p: model.Posting{Title: "Coordinator", DescriptionText: "You can spend up to three days working from home."}, remote: "hybrid"},
	{name: "up to one day a week at home", p: model.Posting{Title: "Coordinator", DescriptionText: "Staff may work up to 1 day per week at home after probation."}, remote: "hybrid"},
	{name: "office role with some home working", p: model.Posting{Title: "Coordinator", DescriptionText: "An office-based job that offers some home working."}, remote: "hybrid"},
	{name: "includes some remote work", p: model.Posting{Title: "Coordinator", DescriptionText: "The post includes some remote work, by agreement."}, remote: "hybrid"},

	{name: "trap: some remote working experience", p: model.Posting{Title: "Coordinator", DescriptionText: "Candidates with some remote working experience preferred."}, remote: "unknown"},
	{name: "trap: some remote working tools", p: model.Posting{Title: "Coordinator", DescriptionText: "Familiar with some remote working tools such as Slack."}, remote: "unknown"},
	{name: "trap: up to two days leave", p: model.Posting{Title: "Coordinator", DescriptionText: "Up to two days of volunteering leave each year."}, remote: "unknown"},

	// a policy that does not apply to remote roles
	{name: "policy not for remote roles", p: model.Posting{Title: "Planner", DescriptionText: "Our office policy will not apply to fully remote employees."}, remote: "unknown"},
	{name: "rule not for remote roles beside office days", p: model.Posting{Title: "Planner", DescriptionText: "Staff attend the office three days a week. The rule doesn't apply to remote roles."}, remote: "hybrid"},

	{name: "trap: a remote role and the disclaimer", p: model.Posting{Title: "Planner", DescriptionText: "This is a fully remote role. The office rota does not apply to remote employees."}, remote: "remote"},
	{name: "trap: disclaimer with a remote field", p: model.Posting{Title: "Planner", RemoteHint: "remote", DescriptionText: "The policy does not apply to remote roles."}, remote: "remote"},

	// a remote field narrowed by the text's office line
	{name: "hybrid location line over a remote flag", p: model.Posting{Title: "Planner", RemoteHint: "true", DescriptionText: "Team: Finance\nJob location: Tulsa, OK - Hybrid\nStart: June"}, remote: "hybrid"},
	{name: "commute duty over a remote location", p: model.Posting{Title: "Planner", Locations: []string{"Remote - US"}, DescriptionText: "You must be able to commute to our Tulsa office."}, remote: "!remote"},
	{name: "commute duty over a remote flag", p: model.Posting{Title: "Planner", RemoteHint: "yes", DescriptionText: "Hires are expected to commute into the downtown office."}, remote: "!remote"},

	{name: "hybrid weekdays label over a remote flag", p: model.Posting{Title: "Planner", RemoteHint: "remote", DescriptionText: "Hybrid: Monday to Wednesday at the Tulsa hub."}, remote: "hybrid"},
	{name: "hybrid bracketed weekdays over a remote location", p: model.Posting{Title: "Planner", Locations: []string{"Remote"}, DescriptionText: "Hybrid (Tue & Thu in office)."}, remote: "hybrid"},

	{name: "trap: hybrid cloud and weekdays", p: model.Posting{Title: "Planner", RemoteHint: "remote", DescriptionText: "Hybrid cloud: Monday releases, Friday reviews."}, remote: "remote"},
	{name: "trap: location line offers remote", p: model.Posting{Title: "Planner", RemoteHint: "true", DescriptionText: "Locations: Anywhere (remote), Tulsa (hybrid)"}, remote: "remote"},
	{name: "trap: commute as needed", p: model.Posting{Title: "Planner", RemoteHint: "true", DescriptionText: "You must be able to commute to our Tulsa office as needed for workshops."}, remote: "remote"},
	{name: "trap: commute for quarterly meetings", p: model.Posting{Title: "Planner", Locations: []string{"Remote"}, DescriptionText: "Must be willing to commute to the Tulsa office for team meetings."}, remote: "remote"},

	// a hybrid word that is a choice or a history beside a remote field
	{name: "hybrid welcome for locals under a remote flag", p: model.Posting{Title: "Writer", RemoteHint: "remote", DescriptionText: "Those near Austin are also welcome to work a hybrid schedule."}, remote: "remote"},
	{name: "hybrid roles as history under a remote flag", p: model.Posting{Title: "Writer", RemoteHint: "remote", DescriptionText: "Background in agency, in-house or hybrid roles."}, remote: "remote"},

	{name: "trap: a hybrid role required under a remote flag", p: model.Posting{Title: "Writer", RemoteHint: "remote", DescriptionText: "This is a hybrid role; you will be in the office twice a week."}, remote: "hybrid"},
	// an on-site word naming a session
	{name: "on-site product training sessions", p: model.Posting{Title: "Trainer", DescriptionText: "Plan on-site product training sessions for distributors."}, remote: "unknown"},
	{name: "on-site meetings with buyers", p: model.Posting{Title: "Buyer", DescriptionText: "Join on-site meetings with buyers twice a year."}, remote: "unknown"},
	{name: "on-site demos beside a remote role", p: model.Posting{Title: "Sales Engineer", DescriptionText: "Attend on-site demos when asked. You work remotely from home."}, remote: "remote"},

	{name: "trap: on-site role and on-site training", p: model.Posting{Title: "Trainer", DescriptionText: "This is an on-site role. On-site training is provided in week one."}, remote: "onsite"},
	{name: "trap: on-site classes the job teaches", p: model.Posting{Title: "Tutor", DescriptionText: "Teach on-site coding classes in libraries."}, remote: "onsite"},
	{name: "trap: on-site sessions field decides", p: model.Posting{Title: "Trainer", RemoteHint: "onsite", DescriptionText: "Plan on-site training sessions."}, remote: "onsite"},

	// a presence label with a day count
	{name: "office presence label two days", p: model.Posting{Title: "Analyst", DescriptionText: "Office presence: 2 days per week in Ghent."}, remote: "hybrid"},
	{name: "on-site attendance dash three days", p: model.Posting{Title: "Analyst", DescriptionText: "On-site attendance - 3 days a week."}, remote: "hybrid"},

	{name: "trap: presence label five days", p: model.Posting{Title: "Analyst", DescriptionText: "Office presence: 5 days per week in Ghent."}, remote: "!hybrid"},
	{name: "trap: presence label no count", p: model.Posting{Title: "Analyst", DescriptionText: "Office presence: required."}, remote: "!hybrid"},

	// Dutch work partly at the office
	{name: "dutch partly at the office", p: model.Posting{Title: "Adviseur", DescriptionText: "Je werkt gedeeltelijk vanuit kantoor in Zwolle."}, remote: "hybrid"},
	{name: "dutch bracketed partly at the office", p: model.Posting{Title: "Adviseur", DescriptionText: "Reiskostenvergoeding i.v.m. (deels) aanwezig op kantoor."}, remote: "hybrid"},

	{name: "trap: dutch at the office", p: model.Posting{Title: "Adviseur", DescriptionText: "Je werkt op kantoor in Zwolle."}, remote: "!hybrid"},

	// remote procedure calls are a technology (remoteCompound, normalize.go)
	{name: "remote procedure call title", p: model.Posting{Title: "Remote Procedure Call Framework Developer"}, remote: "unknown"},
	{name: "trap: remote procedure call team, remote role", p: model.Posting{Title: "Remote Procedure Call Framework Developer - Remote"}, remote: "remote"},

	{name: "trap: hybrid choice with office days kept", p: model.Posting{Title: "Writer", Locations: []string{"Remote"}, DescriptionText: "You are welcome to work a hybrid schedule. The role is hybrid, 3 days in the office."}, remote: "hybrid"},
}

func TestWorkPatternCases(t *testing.T) {
	opts := Options{Now: time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)}
	for _, tc := range workPatternCases {
		t.Run(tc.name, func(t *testing.T) { checkFieldCase(t, tc, opts) })
	}
	checkLongCases(t, strings.Repeat("The company builds software for logistics firms. ", 12), checkFieldCase, workPatternCases)
}
