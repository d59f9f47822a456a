package normalize

import (
	"testing"
	"time"

	"github.com/gigscout/gigscout/internal/model"
)

// onsiteShapeCases pin remote_onsite_shapes.go: a count of days on site before the
// week, an employer refusing remote work, a list item "no remote", a
// waived commuting distance, a client-site work location, a health
// board's "Telehealth" place and a US state code before "Remote". Each
// shape has traps beside it.
var onsiteShapeCases = []truthCase{
	// daysSiteWeek
	{name: "two days on site a week", p: model.Posting{Title: "Buyer", Locations: []string{"Leeds"},
		DescriptionText: "You will spend two days on-site a week with the merchandising team."}, remote: "hybrid"},
	{name: "three days in person per week", p: model.Posting{Title: "Counsellor", Locations: []string{"Denver, CO"},
		DescriptionText: "Expect 3 days in person per week at our clinic."}, remote: "hybrid"},
	{name: "four days onsite weekly", p: model.Posting{Title: "Chemist", Locations: []string{"Raleigh, NC"},
		DescriptionText: "Schedule: 4 days onsite weekly, Fridays at home."}, remote: "hybrid"},
	{name: "trap: five days on site a week", p: model.Posting{Title: "Welder", Locations: []string{"Gary, IN"},
		DescriptionText: "This job is 5 days on-site a week."}, remote: "!remote"},
	// refusedRemote and listedNoRemote
	{name: "cannot accommodate remote work", p: model.Posting{Title: "Nurse", Locations: []string{"Tulsa, OK"},
		DescriptionText: "Please note we cannot accommodate remote work for this opening."}, remote: "onsite"},
	{name: "unable to support remote employees", p: model.Posting{Title: "Clerk", Locations: []string{"Boise, ID"},
		DescriptionText: "At this time we are unable to support remote employees in this team."}, remote: "onsite"},
	{name: "do not consider remote candidates", p: model.Posting{Title: "Cook", Locations: []string{"Reno, NV"},
		DescriptionText: "We do not consider remote applicants."}, remote: "onsite"},
	{name: "trap: we support remote work", p: model.Posting{Title: "Writer", Locations: []string{"Remote"},
		DescriptionText: "We support remote work across the company."}, remote: "remote"},
	{name: "cross mark no remote", p: model.Posting{Title: "Intern",
		DescriptionText: "Pune office (on-site only). ✗ No remote"}, remote: "onsite"},
	{name: "bullet no remote options", p: model.Posting{Title: "Tech",
		DescriptionText: "Conditions:\n• no remote options\n• uniform provided"}, remote: "onsite"},
	{name: "bracket then no remote", p: model.Posting{Title: "Tech",
		DescriptionText: "Lyon (in the workshop). no remote"}, remote: "onsite"},
	{name: "trap: no remote words in a topic", p: model.Posting{Title: "Engineer", Locations: []string{"Remote"},
		DescriptionText: "Perks: ✓ no remote-desktop tickets, ✓ new laptops."}, remote: "remote"},
	// waivedCommute
	{name: "not required to live within commuting distance", p: model.Posting{Title: "Analyst", Locations: []string{"Tampa, FL"},
		DescriptionText: "You work from a home office and are not required to live within commuting distance of any site."}, remote: "remote"},
	{name: "no need to reside in commuting distance", p: model.Posting{Title: "Analyst", Locations: []string{"Ohio"},
		DescriptionText: "There is no need to reside within commuting distance of our offices."}, remote: "remote"},
	{name: "trap: must live within commuting distance", p: model.Posting{Title: "Analyst", Locations: []string{"Tampa, FL"},
		DescriptionText: "You must live within commuting distance of the Tampa site."}, remote: "onsite"},
	// clientSiteLabel
	{name: "work location client site", p: model.Posting{Title: "Field Engineer",
		DescriptionText: "Work location: client site\nTravel: some"}, remote: "onsite"},
	{name: "location at the customers premises", p: model.Posting{Title: "Installer",
		DescriptionText: "Location: at the customer's premises in Ghent"}, remote: "onsite"},
	{name: "trap: customer success location", p: model.Posting{Title: "CSM",
		DescriptionText: "Location: Customer Success hub, fully remote"}, remote: "remote"},
	// Telehealth as a place
	{name: "telehealth place", p: model.Posting{Title: "Therapist", Locations: []string{"Telehealth"}}, remote: "remote"},
	{name: "telemedicine place", p: model.Posting{Title: "Physician", Locations: []string{"Telemedicine"}}, remote: "remote"},
	// stateCodeRemoteEntry
	{name: "state code then remote", p: remotePost("OH, Remote"), regions: "US"},
	{name: "state code dash remote", p: remotePost("NJ - Remote"), regions: "US"},
	{name: "trap: a country's code stays the country's", p: remotePost("CA, Remote"), regions: "CA"},
	{name: "trap: remote then a state code still reads", p: remotePost("Remote, OH"), regions: "US"},
	{name: "trap: a code shared with a country is not the state", p: remotePost("IN, Remote"), regions: "!US"},
}

func TestOnsiteShapeCases(t *testing.T) {
	opts := Options{Now: time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)}
	for _, tc := range onsiteShapeCases {
		t.Run(tc.name, func(t *testing.T) { checkFieldCase(t, tc, opts) })
	}
}
