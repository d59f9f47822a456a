package normalize

import (
	"testing"

	"github.com/gigscout/gigscout/internal/model"
)

// retirementParenCases pin pay_retirement_paren.go: a dollar sign before a
// retirement plan's number with its bracketed letter is no pay. Traps: the
// same numbers as real weekly pay, a larger figure, pay written beside the
// plan, and another bracketed note after an amount.
var retirementParenCases = []truthCase{
	{name: "dollar before a 401(k) in a pay field", p: model.Posting{Title: "Office Manager", PayText: "$401(k) with a 4% employer match"}, pay: "-"},
	{name: "dollar before a 403(b) with a space", p: model.Posting{Title: "Teacher", PayText: "$403 (b) plan offered"}, pay: "-"},
	{name: "dollar before a 457(b)", p: model.Posting{Title: "Clerk", PayText: "$457(B) deferred plan"}, pay: "-"},
	{name: "pay beside the plan", p: model.Posting{Title: "Office Manager", PayText: "$58,000 per year, $401(k) match"}, pay: "58000 58000 USD year"},

	{name: "trap: the same number as weekly pay", p: model.Posting{Title: "Porter", PayText: "$401 per week"}, pay: "401 401 USD week"},
	{name: "trap: a bigger figure", p: model.Posting{Title: "Office Manager", PayText: "$4,010 per month"}, pay: "4010 4010 USD month"},
	{name: "trap: another bracketed note", p: model.Posting{Title: "Porter", PayText: "$457 (weekly)"}, pay: "!-"},
}

func TestRetirementParenCases(t *testing.T) { runFieldCases(t, retirementParenCases) }
