package normalize

import (
	"testing"

	"github.com/gigscout/gigscout/internal/model"
)

// hoursOfferCases pin type_body_hours_offer.go. Traps: both hours named
// after the verb, hours preferred inside a longer sentence, a bare "PT"
// with no "only", "PT" under a therapist title, a lower-case "ft", a
// project budget with no hours sentence, a project word that is not a
// basis, a contract stated in the text, an ongoing role played in
// something, ongoing with no role, an ongoing part-time role.
var hoursOfferCases = []truthCase{
	{name: "verb then capital hours and a noun", p: model.Posting{Title: "Store Associate", DescriptionText: "Our bakery is now RECRUITING FULL-TIME bakers for the morning shift."}, jobType: "full_time"},
	{name: "verb then hours and a comma", p: model.Posting{Title: "Receptionist", DescriptionText: "Recruiting part-time, with some weekend cover."}, jobType: "part_time"},
	{name: "hours preferred opening a sentence", p: model.Posting{Title: "Copy Editor", DescriptionText: "Help us edit long reads. Part-time preferred, a few extra hours in busy weeks."}, jobType: "part_time"},
	{name: "hours required on its own line", p: model.Posting{Title: "Line Cook", DescriptionText: "Kitchen team in the old town.\nFull time required"}, jobType: "full_time"},
	{name: "capital FT position only", p: model.Posting{Title: "Bookkeeper", DescriptionText: "FT position only, Monday to Friday."}, jobType: "full_time"},
	{name: "capital PT only", p: model.Posting{Title: "Chat Moderator", DescriptionText: "Evenings. PT only."}, jobType: "part_time"},
	{name: "project basis", p: model.Posting{Title: "Illustrator", DescriptionText: "We bring illustrators in on a project-by-project basis."}, jobType: "project"},
	{name: "hours sentence beside a budget per project", p: model.Posting{Title: "Motion Designer", DescriptionText: "Designing short promos.\nPart-time. Budget: $800 per project"}, jobType: "part_time"},

	{name: "ongoing role opening the text", p: model.Posting{Title: "Policy Advisor", DescriptionText: "Ongoing position in our Dunedin office, flexible start."}, jobType: "full_time"},
	{name: "this is an ongoing appointment", p: model.Posting{Title: "Librarian", DescriptionText: "Join the city library. This is an ongoing appointment with leave loading."}, jobType: "full_time"},

	{name: "trap: both hours after the verb", p: model.Posting{Title: "Barista", DescriptionText: "We are recruiting full-time and part-time baristas."}, jobType: "unknown"},
	{name: "trap: both hours with a slash", p: model.Posting{Title: "Barista", DescriptionText: "Now hiring part-time/full-time team members."}, jobType: "unknown"},
	{name: "trap: preferred inside a longer sentence", p: model.Posting{Title: "Analyst", DescriptionText: "The team lead we report to works full-time preferred hours on Mondays."}, jobType: "unknown"},
	{name: "trap: PT without only", p: model.Posting{Title: "Office Helper", DescriptionText: "PT position available soon."}, jobType: "unknown"},
	{name: "trap: PT only under a therapist title", p: model.Posting{Title: "Physical Therapist", DescriptionText: "Outpatient clinic, PT only, no assistants."}, jobType: "unknown"},
	{name: "trap: lower-case ft only", p: model.Posting{Title: "Surveyor", DescriptionText: "Measures in ft only, never metres."}, jobType: "unknown"},
	{name: "trap: budget per project and no hours", p: model.Posting{Title: "Logo Designer", DescriptionText: "Budget: $300 per project, two revisions."}, jobType: "project"},
	{name: "trap: project word that is no basis", p: model.Posting{Title: "Data Analyst", DescriptionText: "You will report on a project dashboard basis weekly."}, jobType: "unknown"},
	{name: "trap: contract stated in the text", p: model.Posting{Title: "QA Tester", DescriptionText: "This is a contract role. Hiring full-time testers for three months."}, jobType: "contract"},
	{name: "trap: an ongoing role played in something", p: model.Posting{Title: "Board Member", DescriptionText: "Members take an ongoing role in shaping the charity's work."}, jobType: "unknown"},
	{name: "trap: ongoing without role", p: model.Posting{Title: "Data Analyst", DescriptionText: "Ongoing training and a friendly team."}, jobType: "unknown"},
	{name: "trap: ongoing part-time role", p: model.Posting{Title: "Library Assistant", DescriptionText: "This is an ongoing part-time role, 15 hours a week."}, jobType: "part_time"},
}

func TestHoursOfferCases(t *testing.T) { runFieldCases(t, hoursOfferCases) }
