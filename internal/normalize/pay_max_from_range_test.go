package normalize

import (
	"testing"

	"github.com/gigscout/gigscout/internal/model"
)

// maxFromRangeCases pin maxFromRange (pay_max_from_range.go): a range
// written top first, the first amount labelled "max" and the second
// "from" or "min", is one range. Traps: a second amount above the first,
// another currency, other words in the gap, and a lone "max" amount.
var maxFromRangeCases = []truthCase{
	{name: "max then from in a pay field", p: model.Posting{Title: "Lab Assistant", PayText: "£2,950 max, from £2,400"}, pay: "2400 2950 GBP month"},
	{name: "maximum then min with a stated year", p: model.Posting{Title: "Lab Assistant", PayText: "$88,000 maximum; min $71,500 per year"}, pay: "71500 88000 USD year"},
	{name: "max then starting from in text", p: model.Posting{Title: "Lab Assistant", DescriptionText: "Monthly pay: €3.900 max / starting from €3.100, depending on shifts."}, pay: "3100 3900 EUR month"},

	{name: "trap: second amount above the first", p: model.Posting{Title: "Lab Assistant", PayText: "$42,000 max, from $55,000"}, pay: "42000 42000 USD year"},
	{name: "trap: another currency after from", p: model.Posting{Title: "Lab Assistant", PayText: "€64,000 max, from $52,000"}, pay: "64000 64000 EUR year"},
	{name: "trap: words between max and from", p: model.Posting{Title: "Lab Assistant", PayText: "$67,000 max bonus pool, from $49,000"}, pay: "67000 67000 USD year"},
	{name: "trap: a lone max amount", p: model.Posting{Title: "Lab Assistant", PayText: "$77,000 max"}, pay: "77000 77000 USD year"},
}

func TestMaxFromRangeCases(t *testing.T) {
	for _, tc := range maxFromRangeCases {
		t.Run(tc.name, func(t *testing.T) { checkFieldCase(t, tc, fieldCaseOpts) })
	}
}
