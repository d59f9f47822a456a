package normalize

import (
	"testing"

	"github.com/gigscout/gigscout/internal/model"
)

// periodAdjExtraCases pin a period adjective that leads an extra's noun
// after the amount (pay_period_adj_extra.go): the period is the extra's,
// not the pay's. Traps: the adjective leading a pay noun ("annual salary")
// or ending the phrase, which still name the pay's period.
var periodAdjExtraCases = []truthCase{
	{name: "monthly range plus yearly bonus", p: model.Posting{Title: "Office Coordinator", DescriptionText: "Pay: $3,100-$3,600 plus annual bonus and health cover."}, pay: "3100 3600 USD month"},
	{name: "hourly figure plus monthly incentive", p: model.Posting{Title: "Delivery Driver", PayText: "$21 plus monthly incentives"}, pay: "21 21 USD hour"},

	{name: "trap: annual salary after the figure", p: model.Posting{Title: "Office Coordinator", PayText: "$58,000 annual salary"}, pay: "58000 58000 USD year"},
	{name: "trap: monthly at the end", p: model.Posting{Title: "Office Coordinator", PayText: "€2,900 monthly"}, pay: "2900 2900 EUR month"},
	{name: "trap: annually then a bonus word", p: model.Posting{Title: "Office Coordinator", PayText: "$64,000 annually, bonus eligible"}, pay: "64000 64000 USD year"},
}

func TestPeriodAdjExtraCases(t *testing.T) {
	for _, tc := range periodAdjExtraCases {
		t.Run(tc.name, func(t *testing.T) { checkFieldCase(t, tc, fieldCaseOpts) })
	}
}
