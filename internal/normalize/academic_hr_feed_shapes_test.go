package normalize

import (
	"testing"
	"time"

	"github.com/gigscout/gigscout/internal/model"
)

// Academic and HR-feed shapes. A full-time rate followed
// by "pro rata to" the figure a part-time post pays (the paid figure is
// the pay), and HR status words followed by a qualifier ("Unlimited",
// "Employee", "FTE") that does not change them.
var proRataQualifierCases = []truthCase{
	{name: "bracketed pro rata figure", p: model.Posting{Title: "Lab Technician", PayText: "£29,800 (pro rata to £17,880)"}, pay: "17880 17880 GBP year"},
	{name: "pro rata with an fte note", p: model.Posting{Title: "Research Fellow", PayText: "£41,000 per annum, pro rata (0.6 FTE) to £24,600"}, pay: "24600 24600 GBP year"},
	{name: "reduced pro-rata figure", p: model.Posting{Title: "Lecturer", DescriptionText: "Salary: £50,200 FTE, reduced pro-rata to £30,120 at 0.6."}, pay: "30120 30120 GBP year"},
	{name: "pro-rated in euros", p: model.Posting{Title: "Project Officer", PayText: "€48,000 pro-rated to €36,000"}, pay: "36000 36000 EUR year"},
	{name: "trap: pro rata without a figure stays", p: model.Posting{Title: "Administrator", PayText: "£26,500 per annum pro rata"}, pay: "26500 26500 GBP year"},
	{name: "trap: a plain range stays a range", p: model.Posting{Title: "Research Associate", PayText: "£36,000 to £42,000 per annum"}, pay: "36000 42000 GBP year"},

	{name: "regular with an unlimited term", p: model.Posting{Title: "Archivist", EmploymentType: "Regular - Unlimited"}, jobType: "full_time"},
	{name: "salaried employee", p: model.Posting{Title: "Lab Manager", EmploymentType: "Salaried Employee"}, jobType: "full_time"},
	{name: "permanent employee with fte", p: model.Posting{Title: "Librarian", EmploymentType: "Permanent Employee = FTE (incl. EOR)"}, jobType: "full_time"},
	{name: "part time employee", p: model.Posting{Title: "Tutor", EmploymentType: "Part Time Employee"}, jobType: "part_time"},
	{name: "trap: a bare qualifier stays unread", p: model.Posting{Title: "Clerk", EmploymentType: "Unlimited"}, jobType: "unknown"},
}

func TestProRataQualifierCases(t *testing.T) {
	opts := Options{Now: time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)}
	for _, tc := range proRataQualifierCases {
		t.Run(tc.name, func(t *testing.T) { checkFieldCase(t, tc, opts) })
	}
}
