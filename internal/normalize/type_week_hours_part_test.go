package normalize

import (
	"testing"

	"github.com/gigscout/gigscout/internal/model"
)

// weekHoursPartCases: a schedule of fewer than 31 hours a week stated as
// the post's, written for this project, with traps that must not change.
var weekHoursPartCases = []truthCase{
	{name: "hours opening the text", p: model.Posting{Title: "Gallery Attendant",
		DescriptionText: "18 hours per week, mostly Sundays. Welcome visitors and watch the rooms."}, jobType: "part_time"},
	{name: "the schedule is N hours over a permanent post", p: model.Posting{Title: "Payroll Clerk",
		DescriptionText: "Process timesheets in Sage. The schedule is 24 hours per week, and this is a permanent position."}, jobType: "part_time"},
	{name: "work N hours a week", p: model.Posting{Title: "Receptionist",
		DescriptionText: "You will work 15 hours a week across three mornings."}, jobType: "part_time"},
	{name: "trap: training hours inside a full-time post", p: model.Posting{Title: "Analyst",
		DescriptionText: "This is a full-time position. Expect 10 hours per week of training in the first month."}, jobType: "full_time"},
	{name: "trap: overtime hours", p: model.Posting{Title: "Driver",
		DescriptionText: "Overtime of up to 10 hours per week is available. Permanent position."}, jobType: "full_time"},
	{name: "trap: mentoring hours mid-sentence", p: model.Posting{Title: "Engineer",
		DescriptionText: "We expect you to spend 10 hours per week mentoring juniors."}, jobType: "unknown"},
	{name: "trap: an internship of 20 hours a week", p: model.Posting{Title: "Marketing Intern",
		DescriptionText: "20 hours per week during the semester."}, jobType: "internship"},
	{name: "trap: a decimal full week", p: model.Posting{Title: "Driver",
		DescriptionText: "You will work 37.5 hours per week at the depot."}, jobType: "full_time"},
	{name: "a half-hour figure", p: model.Posting{Title: "Cleaner",
		DescriptionText: "The role is 22.5 hours per week, evenings."}, jobType: "part_time"},
	{name: "trap: 40 hours a week", p: model.Posting{Title: "Cook",
		DescriptionText: "40 hours per week, permanent position."}, jobType: "full_time"},
}

func TestWeekHoursPartType(t *testing.T) { runFieldCasesShortAndLong(t, weekHoursPartCases) }
