package normalize

import (
	"testing"

	"github.com/gigscout/gigscout/internal/model"
)

// labelKRangeCases pin pay_label_k_range.go: a k range right after a
// salary label with no colon is a year's salary. Traps: a count after the
// range, a single k figure, a range under the salary floor, a range with
// no k, a label that is no salary word.
var labelKRangeCases = []truthCase{
	{name: "salary then k range with to", p: model.Posting{Title: "Data Engineer", DescriptionText: "Salary 135k to 150k, paid twice a month."}, pay: "135000 150000 USD year"},
	{name: "salary range then dashed k range", p: model.Posting{Title: "Product Designer", DescriptionText: "Salary range 88k-104k depending on level."}, pay: "88000 104000 USD year"},
	{name: "base salary then k on the far end", p: model.Posting{Title: "SRE", DescriptionText: "Base salary 140-165k plus a yearly bonus."}, pay: "140000 165000 USD year"},
	{name: "compensation band in Toronto", p: model.Posting{Title: "Android Developer", Locations: []string{"Toronto, ON, Canada"}, DescriptionText: "Compensation band 97k - 118k."}, pay: "97000 118000 CAD year"},

	{name: "trap: a count after the range", p: model.Posting{Title: "Growth Lead", DescriptionText: "Our salary tool serves 40k to 60k users a day."}, pay: "-"},
	{name: "trap: a single k figure", p: model.Posting{Title: "Growth Lead", DescriptionText: "Salary 72k is what the last hire asked for."}, pay: "-"},
	{name: "trap: under the salary floor", p: model.Posting{Title: "Tutor", DescriptionText: "Salary 3k to 4k."}, pay: "-"},
	{name: "trap: no k", p: model.Posting{Title: "Clerk", DescriptionText: "Salary 120 to 180 applicants last round."}, pay: "-"},
	{name: "trap: no salary word", p: model.Posting{Title: "Clerk", DescriptionText: "Warehouse 30k to 45k square feet."}, pay: "-"},
}

func TestLabelKRangeCases(t *testing.T) { runFieldCases(t, labelKRangeCases) }
