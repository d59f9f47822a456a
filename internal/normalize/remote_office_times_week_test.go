package normalize

import (
	"testing"

	"github.com/gigscout/gigscout/internal/model"
)

// officeTimesWeekCases: office presence counted in times a week below
// five is hybrid; the whole week, travel and visits keep their reading.
var officeTimesWeekCases = []truthCase{
	{name: "in person bracket count", p: model.Posting{Title: "Data Analyst", DescriptionText: "You will join the Portland office for in-person planning [1x per week]."}, remote: "hybrid"},
	{name: "on site twice a week", p: model.Posting{Title: "QA Engineer", DescriptionText: "The team works on-site twice a week and stays connected otherwise."}, remote: "hybrid"},
	{name: "count before the office", p: model.Posting{Title: "Designer", DescriptionText: "Expect to come in 3 times per week into the Leeds office."}, remote: "hybrid"},
	{name: "slash week count", p: model.Posting{Title: "Recruiter", Locations: []string{"Austin, TX"}, DescriptionText: "Hybrid teams meet in-office 2x/week."}, remote: "hybrid"},
	// Traps: five days, travel and client visits are no part-week office.
	{name: "five times a week stays on site", p: model.Posting{Title: "Cashier", DescriptionText: "This is an in-person role, five times a week at our store."}, remote: "onsite"},
	{name: "in person every day", p: model.Posting{Title: "Cook", DescriptionText: "This is an in-person job in our kitchen."}, remote: "onsite"},
	{name: "travel to sites twice a week", p: model.Posting{Title: "Surveyor", DescriptionText: "This is an on-site role and you will travel to client sites twice a week."}, remote: "onsite"},
}

func TestOfficeTimesWeekCases(t *testing.T) { runFieldCases(t, officeTimesWeekCases) }
