package normalize

import (
	"testing"

	"github.com/gigscout/gigscout/internal/model"
)

// priceAfterCases pin that an amount followed by a price's period and a
// product (a subscription, a plan, a licence) is a price, not pay. Traps:
// an amount a month for the work, and a monthly retainer, stay pay.
var priceAfterCases = []truthCase{
	{name: "monthly subscription price", p: model.Posting{Title: "Support Agent", DescriptionText: "Customers pay $9 per month subscription for the premium app."}, pay: "-"},
	{name: "plan price with a slash", p: model.Posting{Title: "Support Agent", DescriptionText: "You will onboard users to our $29/mo plan."}, pay: "-"},
	{name: "seat licence price", p: model.Posting{Title: "Sales Rep", DescriptionText: "Sell the $40 per seat license to mid-size firms."}, pay: "-"},

	{name: "trap: monthly pay for the work", p: model.Posting{Title: "Support Agent", DescriptionText: "Pay: $2,800 per month for 30 hours a week."}, pay: "2800 2800 USD month"},
	{name: "trap: monthly retainer", p: model.Posting{Title: "Bookkeeper", DescriptionText: "Compensation is $1,500 per month retainer."}, pay: "1500 1500 USD month"},
}

func TestPriceAfterCases(t *testing.T) {
	runFieldCases(t, priceAfterCases)
}
