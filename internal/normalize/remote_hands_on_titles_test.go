package normalize

import (
	"testing"
	"time"

	"github.com/gigscout/gigscout/internal/model"
)

// handsOnTitleCases pin remote_hands_on_titles.go and the office-then-home
// days of remote_english_side_uses.go, in our own words. Traps: no board
// place, a remote, virtual or telehealth word in the title or the text,
// a title that only shares a word (a security officer of information, a
// county named Cook), a remote place field.
var handsOnTitleCases = []truthCase{
	{name: "bank teller at a branch", p: model.Posting{Title: "Bank Teller", Locations: []string{"Tulsa, OK"},
		DescriptionText: "Help members at the teller line, count cash drawers and open new savings accounts."}, remote: "onsite"},
	{name: "nurse on a unit", p: model.Posting{Title: "Registered Nurse - Cardiac Step-Down", Locations: []string{"Akron, OH"},
		DescriptionText: "Care for up to five patients a shift. Three 12-hour nights a week; BLS and ACLS required."}, remote: "onsite"},
	{name: "travel RN", p: model.Posting{Title: "Travel RN - PACU (8 weeks)", Locations: []string{"Boise, ID"},
		DescriptionText: "Eight-week contract at a regional hospital; housing stipend available."}, remote: "onsite"},
	{name: "barista", p: model.Posting{Title: "Barista", Locations: []string{"Duluth, MN"}}, remote: "onsite"},
	{name: "class teacher", p: model.Posting{Title: "Year 3 Class Teacher / Grade 3 Teacher", Locations: []string{"Bristol, UK"},
		DescriptionText: "Plan lessons for a class of 26 and lead a reading group."}, remote: "onsite"},
	{name: "electrician", p: model.Posting{Title: "Apprentice Electrician", Locations: []string{"Fargo, ND"},
		DescriptionText: "Pull wire and set boxes on new-build homes with a licensed journeyman."}, remote: "onsite"},
	{name: "nanny", p: model.Posting{Title: "Part-Time Nanny", Locations: []string{"Oak Park, IL"},
		DescriptionText: "Afternoons with a 4-year-old; school pickup and light meal prep."}, remote: "onsite"},
	{name: "warehouse associate", p: model.Posting{Title: "Warehouse Associate (Seasonal)", Locations: []string{"Reno, NV"}}, remote: "onsite"},

	{name: "trap: no board place", p: model.Posting{Title: "Barista"}, remote: "unknown"},
	{name: "trap: telehealth title", p: model.Posting{Title: "Telehealth RN", Locations: []string{"Phoenix, AZ"}}, remote: "!onsite"},
	{name: "trap: virtual title", p: model.Posting{Title: "Virtual Medical Assistant", Locations: []string{"United States"}}, remote: "!onsite"},
	{name: "trap: case manager", p: model.Posting{Title: "RN Case Manager", Locations: []string{"Dallas, TX"}}, remote: "unknown"},
	{name: "trap: remote word in text", p: model.Posting{Title: "Pharmacy Technician", Locations: []string{"Orlando, FL"},
		DescriptionText: "Verify prescriptions for our mail-order pharmacy; some shifts can be worked remotely after training."}, remote: "!onsite"},
	{name: "trap: online lessons", p: model.Posting{Title: "Math Teacher", Locations: []string{"Toronto, ON"},
		DescriptionText: "Teach online lessons to high-school students in small groups."}, remote: "!onsite"},
	{name: "trap: information security officer", p: model.Posting{Title: "Information Security Officer", Locations: []string{"Austin, TX"}}, remote: "unknown"},
	{name: "trap: a county named Cook", p: model.Posting{Title: "Cook County Program Analyst", Locations: []string{"Chicago, IL"}}, remote: "unknown"},
	{name: "trap: anywhere place", p: model.Posting{Title: "Phlebotomist", Locations: []string{"Anywhere"}}, remote: "!onsite"},
	{name: "trap: software installer", p: model.Posting{Title: "Software Installer Engineer", Locations: []string{"Leeds, UK"}}, remote: "unknown"},

	{name: "on property then home days", p: model.Posting{Title: "Wedding Coordinator", Locations: []string{"Asheville, NC"},
		DescriptionText: "You'll be on property about two days a week for tastings and walk-throughs, and work from home on admin days."}, remote: "hybrid"},
	{name: "in the office then home", p: model.Posting{Title: "Bookkeeper", Locations: []string{"Columbus, OH"},
		DescriptionText: "Plan to be in the office three days a week for month-end close; the rest of the week you can work from home."}, remote: "hybrid"},
	{name: "trap: on property, home a perk of others", p: model.Posting{Title: "Banquet Captain", Locations: []string{"Asheville, NC"},
		DescriptionText: "You'll be on property five days a week; our sales team works from home."}, remote: "!hybrid"},
}

func TestHandsOnTitleCases(t *testing.T) {
	opts := Options{Now: time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)}
	for _, tc := range handsOnTitleCases {
		t.Run(tc.name, func(t *testing.T) { checkFieldCase(t, tc, opts) })
	}
}
