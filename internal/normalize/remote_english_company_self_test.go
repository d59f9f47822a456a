package normalize

import (
	"testing"

	"github.com/gigscout/gigscout/internal/model"
)

// englishCompanySelfCases pin remote_english_company_self.go and the
// wordings added beside it (remote_work_denied_more.go,
// remote_onsite_shapes.go, remote_remotely_field.go, the "work setting"
// label, the side nouns of remote_english_side_uses.go and two title
// compounds). Traps sit beside each shape.
var englishCompanySelfCases = []truthCase{
	// the company's own mode beside the job's
	{name: "remote-first firm, job at the depot", p: model.Posting{Title: "Depot Clerk",
		DescriptionText: "We have been a remote-first firm for years. The position is located at our Swindon depot facility."}, remote: "onsite"},
	{name: "distributed business, job in the lab daily", p: model.Posting{Title: "Assay Technician",
		DescriptionText: "Quanta is a distributed business. You need to be in the lab every day."}, remote: "onsite"},
	{name: "remote-friendly culture and nothing else", p: model.Posting{Title: "Pastry Chef",
		DescriptionText: "Ours is a remote-friendly culture with a strong bakery tradition in Ghent."}, remote: "unknown"},
	{name: "hybrid-first org, job on three office days", p: model.Posting{Title: "Planner",
		DescriptionText: "We are hybrid-first. In this job you will split the week: three days in the Utrecht office, two at home."}, remote: "hybrid"},
	{name: "fully remote company, job site-based", p: model.Posting{Title: "Yard Supervisor",
		DescriptionText: "Brightline is a fully remote company at heart, but the role is fully site-based."}, remote: "onsite"},
	{name: "remote-first team, this particular role hybrid", p: model.Posting{Title: "Planner", Locations: []string{"Remote"},
		DescriptionText: "Our team is remote-first; this particular role is hybrid in Galway."}, remote: "hybrid"},
	{name: "trap: the role remote, a team hybrid", p: model.Posting{Title: "Planner", Locations: []string{"Remote"},
		DescriptionText: "This role is fully remote. Our Galway team is hybrid."}, remote: "remote"},
	{name: "trap: remote-first company and nothing else stays remote", p: model.Posting{Title: "Copywriter",
		DescriptionText: "We are a remote-first company that writes for small brands."}, remote: "remote"},
	{name: "trap: the office as a choice in a remote-first firm", p: model.Posting{Title: "Support Lead",
		DescriptionText: "We're a remote-first business; our Porto office is open to you if you prefer to use it."}, remote: "remote"},
	{name: "trap: remote-first company and a remote job", p: model.Posting{Title: "Writer",
		DescriptionText: "As a remote-first company we hire anywhere, and this post is fully remote."}, remote: "remote"},

	// the job at the employer's premises
	{name: "working out of our depot", p: model.Posting{Title: "Van Loader",
		DescriptionText: "You'll be working out of our Hull warehouse."}, remote: "onsite"},
	{name: "at the data center every day", p: model.Posting{Title: "Data Center Technician", Locations: []string{"Reno, NV"},
		DescriptionText: "This job requires you to be at the data center every day."}, remote: "onsite"},
	{name: "job based at our campus", p: model.Posting{Title: "Groundskeeper",
		DescriptionText: "The job is based at our Reading campus."}, remote: "onsite"},
	{name: "trap: a quarterly trip to our office", p: model.Posting{Title: "Analyst",
		DescriptionText: "You'll work from our Oslo office twice a year for planning."}, remote: "unknown"},
	{name: "trap: the depot as a choice", p: model.Posting{Title: "Analyst",
		DescriptionText: "If it suits you, you can be working out of our Hull warehouse."}, remote: "unknown"},

	// a posting changed after the fact
	{name: "changed to in-office", p: model.Posting{Title: "Paralegal",
		DescriptionText: "Remote\nNote: the position was changed to in-office in Newark."}, remote: "onsite"},
	{name: "now hybrid", p: model.Posting{Title: "Paralegal",
		DescriptionText: "Remote. This role is now hybrid in Newark."}, remote: "hybrid"},
	{name: "trap: a company now remote is no job change", p: model.Posting{Title: "Paralegal",
		DescriptionText: "Our firm is now fully remote, and this job is too."}, remote: "remote"},

	// a remote job bounded by the office
	{name: "remote but in the office at times", p: model.Posting{Title: "Designer",
		DescriptionText: "This job is remote but partly in the office."}, remote: "hybrid"},
	{name: "remote with compulsory office days", p: model.Posting{Title: "Designer",
		DescriptionText: "Remote role with compulsory on-site days in Bern."}, remote: "hybrid"},
	{name: "two mandatory in-office days", p: model.Posting{Title: "Designer",
		DescriptionText: "Work remotely, with two mandatory in-office days each week."}, remote: "hybrid"},
	{name: "home most of the week with one in-office day", p: model.Posting{Title: "Illustrator", Locations: []string{"Tucson, AZ"},
		DescriptionText: "Remote friendly: work from home most of the week, with one in-office day."}, remote: "hybrid"},
	{name: "remotely with two on-site days per week", p: model.Posting{Title: "Bookkeeper",
		DescriptionText: "You will work remotely, with 2 on-site days per week at our Reno branch."}, remote: "hybrid"},
	{name: "trap: remote with one office day a month", p: model.Posting{Title: "Bookkeeper", Locations: []string{"Remote"},
		DescriptionText: "Fully remote, with one office day a month for planning."}, remote: "remote"},
	{name: "remote with a half on-site share", p: model.Posting{Title: "Designer",
		DescriptionText: "Remote with 50% in office at the Turin studio."}, remote: "hybrid"},
	{name: "remote title, 90 per cent on-site", p: model.Posting{Title: "Designer",
		DescriptionText: "This remote position needs 90% on-site attendance at our Turin studio."}, remote: "onsite"},
	{name: "remote title note over an on-site share", p: model.Posting{Title: "Buyer (Remote)",
		DescriptionText: "Expect 85% on-site presence at our Lille hub."}, remote: "onsite"},
	{name: "trap: a low on-site share under a remote title", p: model.Posting{Title: "Buyer (Remote)",
		DescriptionText: "About 10% on-site for team weeks."}, remote: "remote"},
	{name: "trap: a low on-site share keeps remote", p: model.Posting{Title: "Designer",
		DescriptionText: "Fully remote; about 5% on-site for yearly meetups."}, remote: "remote"},

	// an on-site label with its office days
	{name: "on-site label with office days", p: model.Posting{Title: "Coordinator",
		DescriptionText: "Work setting: On-site - Lyon, FR (Tue/Wed/Thu in office)"}, remote: "onsite"},
	{name: "trap: a hybrid label with office days", p: model.Posting{Title: "Coordinator",
		DescriptionText: "Work setting: Hybrid - Lyon, FR (Tue/Wed in office)"}, remote: "hybrid"},

	// bans and labels
	{name: "telework denied", p: model.Posting{Title: "Records Clerk",
		DescriptionText: "Teleworking is not permitted in this job."}, remote: "onsite"},
	{name: "home working arrangements denied", p: model.Posting{Title: "Records Clerk",
		DescriptionText: "Remote working options are not offered here."}, remote: "onsite"},
	{name: "does not allow for remote work", p: model.Posting{Title: "Records Clerk",
		DescriptionText: "The post does not allow for remote working."}, remote: "onsite"},
	{name: "working from home not available beside a remote word", p: model.Posting{Title: "Records Clerk",
		DescriptionText: "Working from home is not available for this vacancy."}, remote: "onsite"},
	{name: "remote eligible no", p: model.Posting{Title: "Records Clerk",
		DescriptionText: "Remote-eligible: No"}, remote: "onsite"},
	{name: "remote question no", p: model.Posting{Title: "Records Clerk",
		DescriptionText: "Remote? No, sorry."}, remote: "onsite"},
	{name: "work setting label remote", p: model.Posting{Title: "Records Clerk",
		DescriptionText: "Work setting: Remote"}, remote: "remote"},
	{name: "trap: remote eligible yes", p: model.Posting{Title: "Records Clerk",
		DescriptionText: "Remote eligible: Yes"}, remote: "remote"},
	{name: "trap: telework not permitted abroad", p: model.Posting{Title: "Records Clerk",
		DescriptionText: "Fully remote. Telework is not permitted outside Canada."}, remote: "remote"},

	// side nouns and title compounds
	{name: "remote developers beside an office job", p: model.Posting{Title: "Scrum Master",
		DescriptionText: "You will pair with remote developers in Chile. This is an office-based post in Leeds."}, remote: "onsite"},
	{name: "remote work weeks as a perk beside an office job", p: model.Posting{Title: "Buyer",
		DescriptionText: "Office-based role, five days a week. Extras: remote work weeks in August."}, remote: "onsite"},
	{name: "trap: hiring remote developers", p: model.Posting{Title: "Developer",
		DescriptionText: "We are hiring remote developers. Work from anywhere."}, remote: "remote"},
	{name: "trap: remote area title", p: model.Posting{Title: "Remote Area Paramedic",
		DescriptionText: "Cover a clinic in the Pilbara."}, remote: "!remote"},
	{name: "trap: remote communities title", p: model.Posting{Title: "Remote Communities Officer",
		DescriptionText: "Visit outback towns each month."}, remote: "!remote"},
}

func TestEnglishCompanySelfCases(t *testing.T) {
	runFieldCasesShortAndLong(t, englishCompanySelfCases)
}
