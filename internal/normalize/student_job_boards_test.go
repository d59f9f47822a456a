package normalize

import (
	"testing"
	"time"

	"github.com/gigscout/gigscout/internal/model"
)

// Student job boards. Campus-job kinds in an employment
// field (type_field_campus_jobs.go) and a bare amount beside a short stated
// length of work (pay_short_engagement.go), in this project's own words, with traps.
var studentBoardCases = []truthCase{
	// campus-job kinds filed in the employment field
	{name: "on campus student employment field", p: model.Posting{Title: "Front Desk Aide", EmploymentType: "On Campus Student Employment"}, jobType: "part_time"},
	{name: "on-campus with a hyphen", p: model.Posting{Title: "Gym Attendant", EmploymentType: "On-Campus"}, jobType: "part_time"},
	{name: "off campus job field", p: model.Posting{Title: "Childcare Helper", EmploymentType: "Off-Campus Job"}, jobType: "part_time"},
	{name: "campus employment field", p: model.Posting{Title: "Mailroom Clerk", EmploymentType: "Campus Employment"}, jobType: "part_time"},
	{name: "experiential learning field", p: model.Posting{Title: "Nonprofit Program Assistant", EmploymentType: "Experiential Learning"}, jobType: "internship"},
	{name: "work-study eligible field", p: model.Posting{Title: "Lab Helper", EmploymentType: "Work-Study Eligible"}, jobType: "internship"},
	{name: "trap: on campus recruiting is no job kind", p: model.Posting{Title: "Recruiter", EmploymentType: "On Campus Recruiting Event"}, jobType: "unknown"},
	{name: "trap: plain full time stays", p: model.Posting{Title: "Coordinator", EmploymentType: "Full Time"}, jobType: "full_time"},

	// a bare amount beside a short stated length of work
	{name: "bare amount with a two-week duration", p: model.Posting{Title: "Survey Data Cleanup", PayText: "$180", DescriptionText: "Tidy a survey export and chart the results.\nDuration: 2 weeks"}, pay: "180 180 USD project"},
	{name: "bare amount with a days timeline", p: model.Posting{Title: "Website Copy Review", PayText: "$120", DescriptionText: "Read our five pages and mark weak copy. Timeline: 4 days."}, pay: "120 120 USD project"},
	{name: "bare amount with a week project", p: model.Posting{Title: "Competitor Scan", PayText: "$225", DescriptionText: "A one-week project comparing six rival apps."}, pay: "225 225 USD project"},
	{name: "trap: small bare amount keeps the hour", p: model.Posting{Title: "Peer Tutor", PayText: "$16", DescriptionText: "Duration: 2 weeks of exam prep."}, pay: "16 16 USD hour"},
	{name: "trap: a term of months keeps the hour", p: model.Posting{Title: "Research Aide", PayText: "$150", DescriptionText: "Duration: 12 weeks over the summer."}, pay: "150 150 USD hour"},
	{name: "trap: a stated period stays", p: model.Posting{Title: "Design Sprint", PayText: "$150/hour", DescriptionText: "Duration: 3 days"}, pay: "150 150 USD hour"},
	{name: "trap: no length keeps the hour", p: model.Posting{Title: "Consultant", PayText: "$200"}, pay: "200 200 USD hour"},

	// a plural "Internships" title, and program-running titles around it
	{name: "plural internships title", p: model.Posting{Title: "City Planning Internships", DescriptionText: "Help map bike lanes. 30-40 hours per week in summer."}, jobType: "internship"},
	{name: "season and plural internships", p: model.Posting{Title: "Summer Internships 2027"}, jobType: "internship"},
	{name: "trap: director of internships", p: model.Posting{Title: "Director of Internships", EmploymentType: "Full-time"}, jobType: "full_time"},
	{name: "trap: coordinator for volunteers", p: model.Posting{Title: "Coordinator for Volunteers", EmploymentType: "Part-time"}, jobType: "part_time"},

	// the opening sentence or a fellows title names the kind of work
	{name: "opening sentence names volunteer openings", p: model.Posting{Title: "River Cleanup Crew", DescriptionText: "Volunteer opportunities along the riverbank every other Saturday. Gloves provided."}, jobType: "volunteer"},
	{name: "volunteer roles mid-sentence", p: model.Posting{Title: "Museum Greeters", DescriptionText: "Weekend volunteer roles welcoming visitors at the front desk."}, jobType: "volunteer"},
	{name: "fellows program title", p: model.Posting{Title: "Civic Data Fellows Program", DescriptionText: "A summer of work with city analysts."}, jobType: "internship"},
	{name: "trap: paid volunteer time is a perk", p: model.Posting{Title: "Accountant", DescriptionText: "Employees get paid volunteer time off each quarter."}, jobType: "unknown"},
	{name: "trap: volunteer words after the opening sentence", p: model.Posting{Title: "Warehouse Lead", DescriptionText: "Run the night shift team. We also list volunteer opportunities on our blog."}, jobType: "unknown"},
}

func TestStudentBoardCases(t *testing.T) {
	opts := Options{Now: time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)}
	for _, tc := range studentBoardCases {
		t.Run(tc.name, func(t *testing.T) { checkTruthCase(t, tc, opts) })
	}
}
