package normalize

import (
	"testing"

	"github.com/gigscout/gigscout/internal/model"
)

// boundLabelTailCases pin two-field ranges whose labels carry more than
// "Minimum:": a pay noun and a bracketed place ("Minimum Base Pay (Metro
// North)"), a comma after the label, and a state code that labels the
// figures ("CA Minimum, ... CA Maximum, ..."), which is California, not
// Canada. Traps: a lone labelled minimum stays one figure, and a maximum
// of something else (a bonus) is not joined.
var boundLabelTailCases = []truthCase{
	{name: "noun and bracketed place in both labels", p: model.Posting{Title: "Planner", DescriptionText: "Minimum Base Pay (Metro North) $91,000.00 Midpoint Base Pay (Metro North) $104,000.00 Maximum Base Pay (Metro North) $117,000.00"}, pay: "91000 117000 USD year"},
	{name: "comma after the labels", p: model.Posting{Title: "Planner", DescriptionText: "Salary band: Minimum, $64,300 Maximum, $80,900"}, pay: "64300 80900 USD year"},
	{name: "state code labels the figures", p: model.Posting{Title: "Planner", DescriptionText: "The yearly pay band is: CA Minimum, $118,250 CA Maximum, $151,900"}, pay: "118250 151900 USD year"},

	{name: "trap: a lone labelled minimum", p: model.Posting{Title: "Planner", DescriptionText: "Minimum Base Pay (Metro North) $91,000.00 plus overtime."}, pay: "91000 91000 USD year"},
	{name: "trap: maximum of a bonus is not joined", p: model.Posting{Title: "Planner", DescriptionText: "Minimum Base Pay $70,000 and a Maximum Bonus of $9,000."}, pay: "70000 70000 USD year"},
	{name: "trap: canadian city still reads canadian dollars", p: model.Posting{Title: "Planner", DescriptionText: "For our Winnipeg, Canada office: Minimum, $58,000 Maximum, $69,000"}, pay: "58000 69000 CAD year"},
}

func TestBoundLabelTailCases(t *testing.T) {
	runFieldCases(t, boundLabelTailCases)
}
