package normalize

import (
	"strings"
	"testing"

	"github.com/gigscout/gigscout/internal/model"
)

// Presence wordings of student and internship listings, each with traps
// (remote_student_presence.go).
func TestStudentPresence(t *testing.T) {
	runFieldCasesShortAndLong(t, []truthCase{
		// An office requirement denied.
		{name: "no need to come into the office", p: model.Posting{Title: "Research Intern",
			DescriptionText: "You will analyse survey data for our team. There is no need to come into the office."}, remote: "remote"},
		{name: "not required to report to the office", p: model.Posting{Title: "Content Intern",
			DescriptionText: "Interns are not required to report to the office; all meetings happen on video."}, remote: "remote"},
		{name: "not required to work from our office", p: model.Posting{Title: "Research Intern", Locations: []string{"Atlanta, GA"},
			DescriptionText: "You are not required to work from our office."}, remote: "remote"},
		{name: "won't need to work from our office", p: model.Posting{Title: "Research Intern",
			DescriptionText: "You won't need to work from our office."}, remote: "remote"},
		{name: "trap: not every day at the office", p: model.Posting{Title: "Research Intern", Locations: []string{"Atlanta, GA"},
			DescriptionText: "You don't need to work from our office every day."}, remote: "unknown"},
		{name: "trap: not needed daily in the office", p: model.Posting{Title: "Research Intern", Locations: []string{"Atlanta, GA"},
			DescriptionText: "You do not need to be in the office daily."}, remote: "unknown"},
		{name: "trap: working from our office still on-site", p: model.Posting{Title: "Research Intern", Locations: []string{"Atlanta, GA"},
			DescriptionText: "You will work from our office."}, remote: "onsite"},
		{name: "trap: no need to come in every day", p: model.Posting{Title: "Design Intern", Locations: []string{"Leeds"},
			DescriptionText: "There's no need to come into the office every day."}, remote: "unknown"},
		{name: "trap: the office still required", p: model.Posting{Title: "Design Intern",
			DescriptionText: "You are required to come into the office daily."}, remote: "onsite"},

		// The whole week at a named office, an office-first employer, physical presence, campus work.
		{name: "hq five days a week", p: model.Posting{Title: "Product Intern", Locations: []string{"San Francisco, CA"},
			DescriptionText: "Our interns work from our SF HQ five days a week."}, remote: "onsite"},
		{name: "headquarters monday through friday", p: model.Posting{Title: "Finance Intern",
			DescriptionText: "You will be based at our Dallas headquarters Monday through Friday."}, remote: "onsite"},
		{name: "office-first company", p: model.Posting{Title: "Sales Intern",
			DescriptionText: "We're an office-first company and love working side by side."}, remote: "onsite"},
		{name: "physically present at the convention center", p: model.Posting{Title: "Event Staff", Locations: []string{"Las Vegas, NV"},
			DescriptionText: "Staff must be physically present at the convention center for all three days."}, remote: "onsite"},
		{name: "physically present at events", p: model.Posting{Title: "Event Intern", Locations: []string{"Miami, FL"},
			DescriptionText: "Must be physically present at events in the Miami area."}, remote: "onsite"},
		{name: "physically present at the lab", p: model.Posting{Title: "Lab Intern",
			DescriptionText: "Interns are required to be physically present at the lab."}, remote: "onsite"},
		{name: "work on campus", p: model.Posting{Title: "Student Ambassador", Locations: []string{"Austin, TX"},
			DescriptionText: "Ambassadors work on campus, hosting events and tours."}, remote: "onsite"},
		{name: "an on-campus job", p: model.Posting{Title: "Library Assistant",
			DescriptionText: "This is an on-campus job in the main library."}, remote: "onsite"},
		{name: "trap: the first weeks at headquarters", p: model.Posting{Title: "Finance Intern",
			DescriptionText: "You will be at our Dallas headquarters every day for the first two weeks."}, remote: "!onsite"},
		{name: "trap: physically present in a country", p: model.Posting{Title: "Data Intern",
			DescriptionText: "You must be physically present in the United States while working."}, remote: "!onsite"},
		{name: "trap: campus-wide projects", p: model.Posting{Title: "Sustainability Intern",
			DescriptionText: "Students work on campus-wide projects about energy use."}, remote: "unknown"},
		{name: "trap: office-first companies named as others", p: model.Posting{Title: "Writer",
			DescriptionText: "Unlike office-first companies, we let you pick your hours."}, remote: "unknown"},

		// The work done online, and an online location.
		{name: "project done entirely online", p: model.Posting{Title: "Research Assistant (Project)",
			DescriptionText: "The project is done entirely online."}, remote: "remote"},
		{name: "virtual micro-internship", p: model.Posting{Title: "Content Writer",
			DescriptionText: "This is a virtual micro-internship for first-year students."}, remote: "remote"},
		{name: "online location", p: model.Posting{Title: "Teaching Assistant", Locations: []string{"Online"},
			DescriptionText: "Sessions are taught live."}, remote: "remote"},
		{name: "trap: the application is completed online", p: model.Posting{Title: "Barista", Locations: []string{"Leeds"},
			DescriptionText: "The application is completed entirely online."}, remote: "!remote"}, // on-site by the title (remote_hands_on_titles.go)
		{name: "trap: online in a place name", p: model.Posting{Title: "Marketing Intern", Locations: []string{"Online Marketing Hub, Berlin"}}, remote: "!remote"},

		// On-site beside a count of remote days a week.
		{name: "in-person with one remote day per week", p: model.Posting{Title: "Policy Intern", Locations: []string{"Washington, DC"},
			DescriptionText: "This position is in-person with the possibility of one remote day per week."}, remote: "hybrid"},
		{name: "in-office with 1 wfh day per week", p: model.Posting{Title: "Analyst Intern",
			DescriptionText: "In-office with 1 WFH day per week."}, remote: "hybrid"},
		// The work offered remotely or in person; hybrid as a format.
		{name: "remotely or in person at our office", p: model.Posting{Title: "Research Intern", Locations: []string{"Chicago, IL"},
			DescriptionText: "You may complete the internship remotely or in person at our Chicago office."}, remote: "remote"},
		{name: "in person or remotely", p: model.Posting{Title: "Research Intern", Locations: []string{"Chicago, IL"},
			DescriptionText: "Candidates may choose to work in person or remotely."}, remote: "remote"},
		{name: "trap: support given remotely or on site", p: model.Posting{Title: "IT Technician", Locations: []string{"Chicago, IL"},
			DescriptionText: "We support customers remotely or on-site at their premises."}, remote: "!remote"},
		{name: "trap: interviews remotely or in person", p: model.Posting{Title: "Cashier", Locations: []string{"Chicago, IL"},
			DescriptionText: "Interview rounds: you will interview remotely or in person. The job is in person."}, remote: "onsite"},
		{name: "hybrid format", p: model.Posting{Title: "Policy Intern", Locations: []string{"Chicago, IL"},
			DescriptionText: "This internship will be conducted in a hybrid format."}, remote: "hybrid"},
		{name: "hybrid basis", p: model.Posting{Title: "Policy Intern", DescriptionText: "The program runs on a hybrid basis."}, remote: "hybrid"},
		{name: "trap: a hybrid environment of servers", p: model.Posting{Title: "Cloud Intern", Locations: []string{"Chicago, IL"},
			DescriptionText: "You will support our hybrid environment of on-prem and Azure servers."}, remote: "unknown"},
		// Remote internships not offered (remote.go strongOnsiteMore).
		{name: "not able to offer remote internships", p: model.Posting{Title: "Design Intern", Locations: []string{"Austin, TX"},
			DescriptionText: "We are not able to offer remote internships at this time."}, remote: "onsite"},
		{name: "trap: remote internships offered", p: model.Posting{Title: "Design Intern", Locations: []string{"Austin, TX"},
			DescriptionText: "We are able to offer remote internships this summer."}, remote: "!onsite"},

		// A labelled remote option; a capped share of remote time.
		{name: "remote option available", p: model.Posting{Title: "Design Intern", Locations: []string{"Los Angeles, CA"},
			DescriptionText: "Start date: June\nRemote option: Available\nDuration: 10 weeks"}, remote: "remote"},
		{name: "remote option partial", p: model.Posting{Title: "Design Intern", Locations: []string{"Los Angeles, CA"},
			DescriptionText: "• Remote option: Partial"}, remote: "hybrid"},
		{name: "remote option not available", p: model.Posting{Title: "Design Intern", Locations: []string{"Los Angeles, CA"},
			DescriptionText: "Remote option: Not available."}, remote: "onsite"},
		{name: "trap: a remote option inside a sentence", p: model.Posting{Title: "Design Intern", Locations: []string{"Los Angeles, CA"},
			DescriptionText: "Senior staff have one perk, the remote option: yes, only after a year."}, remote: "unknown"},
		{name: "format online", p: model.Posting{Title: "Math Tutor", Locations: []string{"Los Angeles, CA"},
			DescriptionText: "Subject: Algebra\nFormat: Online\nHours: 5 a week"}, remote: "remote"},
		{name: "internship format in-person", p: model.Posting{Title: "Design Intern",
			DescriptionText: "- Internship format: in-person"}, remote: "onsite"},
		{name: "trap: an interview's format", p: model.Posting{Title: "Design Intern", Locations: []string{"Los Angeles, CA"},
			DescriptionText: "Interview format: online"}, remote: "unknown"},
		{name: "remote work possible up to half", p: model.Posting{Title: "Design Intern", Locations: []string{"Los Angeles, CA"},
			DescriptionText: "Remote work possible up to 50%."}, remote: "hybrid"},
		{name: "trap: a bonus of up to a share", p: model.Posting{Title: "Design Intern",
			DescriptionText: "Remote work with a bonus of up to 20%."}, remote: "remote"},
		{name: "trap: remote days a year", p: model.Posting{Title: "Analyst Intern",
			DescriptionText: "This role is in person; we also give two remote days a year for moving house."}, remote: "onsite"},
	})
}

// TestStudentPresenceKeys compares the key-gated readers with their plain
// regexps over the windows.
func TestStudentPresenceKeys(t *testing.T) {
	for _, s := range []string{
		"Our interns work from our SF HQ five days a week.",
		"We're an office-first company.",
		"Must be physically present at events in the Miami area.",
		"Ambassadors work on campus; this is an on-campus job.",
		"The project is done entirely online. A virtual micro-internship.",
		"You may complete the internship remotely or in person at our Chicago office; work in person or remotely.",
		"Remote option: Available\nRemote work: possible\nHome office: no\nRemote work possible up to 50%.\nTelework allowed up to 40% of the time.\nFormat: Online\nInterview format: in-person",
		strings.Repeat("five days online, every day on campus. ", 30),
	} {
		checkKey(t, "officeWholeWeekAt", officeWholeWeekAt, s)
		checkKey(t, "officeFirstCompany", officeFirstCompany, s)
		checkKey(t, "physicallyPresentAt", physicallyPresentAt, s)
		checkKey(t, "onCampusWork", onCampusWork, s)
		checkKey(t, "doneOnline", doneOnline, s)
		checkKey(t, "remoteOrInPerson", remoteOrInPerson, s)
		checkKey(t, "remoteOptionLabel", remoteOptionLabel, s)
		checkKey(t, "remoteShareCap", remoteShareCap, s)
		checkKey(t, "workFormatLabel", workFormatLabel, s)
	}
}

func FuzzStudentPresence(f *testing.F) {
	for _, s := range []string{"There is no need to come into the office.", "work from our HQ five days a week", "physically present at the lab", "Online", "in-person with one remote day per week"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if r, ev := studentPresence(s); r != model.RemoteUnknown && (ev == "" || !strings.Contains(s, ev)) {
			t.Errorf("studentPresence(%q) = %s, %q: evidence not in the text", s, r, ev)
		}
		if got := reviseRemoteOption(s, RemoteInfo{}); got.Remote != model.RemoteUnknown && !strings.Contains(s, strings.TrimPrefix(got.Evidence, "text: ")) {
			t.Errorf("reviseRemoteOption(%q) = %s, %q: evidence not in the text", s, got.Remote, got.Evidence)
		}
		if deniedDemandBefore(s, len(s)) && !containsFold(s, "no") && !containsFold(s, "never") && !containsFold(s, "without") && !containsFold(s, "n't") && !containsFold(s, "n’t") {
			t.Errorf("deniedDemandBefore(%q) without a denial", s)
		}
		if onlineOnlyLoc(s) && !containsFold(s, "online") {
			t.Errorf("onlineOnlyLoc(%q) without online", s)
		}
		ri := RemoteInfo{Remote: model.RemoteOnsite, Evidence: "text: x"}
		if got := onsiteWithHomeDays(s, ri); got.Remote != model.RemoteOnsite && got.Remote != model.RemoteHybrid {
			t.Errorf("onsiteWithHomeDays(%q) = %s", s, got.Remote)
		}
	})
}
