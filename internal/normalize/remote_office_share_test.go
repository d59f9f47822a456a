package normalize

import (
	"testing"

	"github.com/gigscout/gigscout/internal/model"
)

// officeShareCases pin remote_office_share.go. Traps: a travel share, a
// share at client sites, every working hour in the office, a remote role
// that visits the office, a share with no office next to it.
var officeShareCases = []truthCase{
	{name: "office then share", p: model.Posting{Title: "Planner", Locations: []string{"Gdynia"}, DescriptionText: "Everyone is expected in one of our hubs or in the office for at least 30% of the week."}, remote: "hybrid"},
	{name: "offices at least a share", p: model.Posting{Title: "Planner", DescriptionText: "Team members work in one of our regional offices at least 35% of the time, by local agreement."}, remote: "hybrid"},
	{name: "share then office", p: model.Posting{Title: "Buyer", Locations: []string{"Bristol"}, DescriptionText: "Buyers spend roughly 50% of their working time at the Bristol office."}, remote: "hybrid"},
	{name: "plain office share", p: model.Posting{Title: "Buyer", DescriptionText: "You would sit in the office 70% of the time and at home otherwise."}, remote: "hybrid"},

	{name: "trap: travel share", p: model.Posting{Title: "Auditor", Locations: []string{"Bristol"}, DescriptionText: "Expect to travel 40% of the time between our offices."}, remote: "!hybrid"},
	{name: "trap: client sites", p: model.Posting{Title: "Auditor", Locations: []string{"Bristol"}, DescriptionText: "About 20% of the time is spent at client sites."}, remote: "!hybrid"},
	{name: "trap: all of the time", p: model.Posting{Title: "Auditor", Locations: []string{"Bristol"}, DescriptionText: "You will be in the office 100% of the time."}, remote: "!hybrid"},
	{name: "trap: remote role visits", p: model.Posting{Title: "Auditor", DescriptionText: "This is a fully remote job; you might drop by the Leeds office 5% of the time."}, remote: "remote"},
	{name: "trap: share of budget", p: model.Posting{Title: "Auditor", Locations: []string{"Bristol"}, DescriptionText: "Our office spends 15% of the budget on training."}, remote: "!hybrid"},
}

func TestOfficeShareCases(t *testing.T) {
	for _, tc := range officeShareCases {
		t.Run(tc.name, func(t *testing.T) { checkFieldCase(t, tc, fieldCaseOpts) })
	}
}

// A workplace all of the time is on-site. Traps: travel all of the time,
// and a share below all of it.
func TestOfficeShareAllOfTheTime(t *testing.T) {
	runFieldCases(t, []truthCase{
		{name: "in store all of the time", p: model.Posting{Title: "Sales Associate", DescriptionText: "You will work in store 100% of the time."}, remote: "onsite"},
		{name: "at the lab all of the time", p: model.Posting{Title: "Lab Technician", DescriptionText: "This role is based at the lab 100 % of the time."}, remote: "onsite"},
		{name: "remote camp title", p: model.Posting{Title: "Remote Camp Cook", Locations: []string{"Pilbara, WA"}, DescriptionText: "Cook for the crew at our camp on a FIFO roster."}, remote: "!remote"},

		{name: "trap: travel all of the time", p: model.Posting{Title: "Auditor", DescriptionText: "Expect to travel 100% of the time."}, remote: "unknown"},
		{name: "trap: share below all", p: model.Posting{Title: "Analyst", DescriptionText: "You will be in the office 60% of the time."}, remote: "hybrid"},
	})
}
