package normalize

import (
	"testing"
	"time"

	"github.com/gigscout/gigscout/internal/model"
)

// Money right after "401(k) with ... match" is the match, not the pay. In
// this project's own words, with traps.
var retireMatchWithCases = []truthCase{
	{name: "a match band after the plan with an employer match", p: model.Posting{Title: "Benefits Clerk", DescriptionText: "We offer a 401(k) with employer match of $2,000 - $4,000 per year."}, pay: "-"},
	{name: "a match cap after the plan with a match up to", p: model.Posting{Title: "Office Manager", DescriptionText: "Perks include a 401k plan with a generous match up to $6,500 a year."}, pay: "-"},
	{name: "trap: a salary in the next sentence", p: model.Posting{Title: "Analyst", DescriptionText: "401(k) with company match. Salary: $71,000 - $79,000 per year."}, pay: "71000 79000 USD year"},
	{name: "trap: a salary after the match and a joining word", p: model.Posting{Title: "Auditor", DescriptionText: "401(k) with company match plus $83,000 - $91,000 a year."}, pay: "83000 91000 USD year"},
	{name: "trap: a plan with no match named", p: model.Posting{Title: "Cashier", DescriptionText: "401(k) with $17 - $19 per hour to start."}, pay: "17 19 USD hour"},
}

func TestRetireMatchWithCases(t *testing.T) {
	opts := Options{Now: time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)}
	for _, tc := range retireMatchWithCases {
		t.Run(tc.name, func(t *testing.T) { checkTruthCase(t, tc, opts) })
	}
}
