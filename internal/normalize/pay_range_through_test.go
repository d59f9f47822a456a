package normalize

import (
	"testing"

	"github.com/gigscout/gigscout/internal/model"
)

// rangeThroughCases pin throughRange (pay_range_through.go): two amounts
// joined by "through", "thru" or "and up to" are one range. Traps: a
// falling pair, a pair of other periods, words between the amount and
// "and up to", and a lone "up to" amount.
var rangeThroughCases = []truthCase{
	{name: "through with a period after", p: model.Posting{Title: "Support Lead", DescriptionText: "Salary band: $72,500 through $96,000 annually."}, pay: "72500 96000 USD year"},
	{name: "thru in a pay field", p: model.Posting{Title: "Support Lead", PayText: "$31 thru $38 per hour"}, pay: "31 38 USD hour"},
	{name: "and up to after the low end", p: model.Posting{Title: "Support Lead", DescriptionText: "Starting base of $88,000.00 and up to $104,000.00 for senior hires."}, pay: "88000 104000 USD year"},

	{name: "trap: falling pair after through", p: model.Posting{Title: "Support Lead", DescriptionText: "Base $96,000 through $20,000 of annual bonus."}, pay: "96000 96000 USD year"},
	{name: "trap: and up to a monthly allowance", p: model.Posting{Title: "Support Lead", DescriptionText: "We pay $34 per hour and up to $300 per month for travel."}, pay: "34 34 USD hour"},
	{name: "trap: words before and up to", p: model.Posting{Title: "Support Lead", PayText: "$61,000 base salary and up to $75,000 with commission"}, pay: "61000 61000 USD year"},
	{name: "trap: a lone up to", p: model.Posting{Title: "Support Lead", PayText: "Up to $58,000 a year"}, pay: "58000 58000 USD year"},
}

func TestRangeThroughCases(t *testing.T) {
	for _, tc := range rangeThroughCases {
		t.Run(tc.name, func(t *testing.T) { checkFieldCase(t, tc, fieldCaseOpts) })
	}
}
