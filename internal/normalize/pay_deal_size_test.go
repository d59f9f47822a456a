package normalize

import (
	"testing"

	"github.com/gigscout/gigscout/internal/model"
)

// The size of deals, contracts or accounts handled is no pay; the pay
// beside it still is. Traps: a contract rate, a contract's total fee for
// the work, and a bonus on deals.
func TestPayDealSize(t *testing.T) {
	runFieldCases(t, []truthCase{
		{name: "contracts ranging from", p: model.Posting{Title: "Buyer", DescriptionText: "You will manage contracts ranging from $40K to $400K across three regions."}, pay: "-"},
		{name: "close deals worth", p: model.Posting{Title: "Account Executive", DescriptionText: "Close deals worth $20k-$80k each quarter."}, pay: "-"},
		{name: "accounts valued at", p: model.Posting{Title: "Account Manager", DescriptionText: "Look after accounts valued at £1M and above."}, pay: "-"},
		{name: "negotiate a contract of", p: model.Posting{Title: "Procurement Lead", DescriptionText: "Negotiate a contract of €250,000 with our print supplier."}, pay: "-"},
		{name: "average deal size before the pay", p: model.Posting{Title: "Account Executive", DescriptionText: "Average deal size is $25,000. OTE $110,000 with a $55,000 base."}, pay: "55000 55000 USD year"},
		{name: "clients pay for the service", p: model.Posting{Title: "Bookkeeper", DescriptionText: "Clients pay $99/month for our service; bookkeepers are paid $24/hour."}, pay: "24 24 USD hour"},
		{name: "parents pay per session", p: model.Posting{Title: "Tutor", DescriptionText: "Parents pay $60 per session; tutors receive $35 per session."}, pay: "35 35 USD project"},
		{name: "trap: customers pay nothing", p: model.Posting{Title: "Support Agent", DescriptionText: "Customers pay nothing; you earn $18/hour."}, pay: "18 18 USD hour"},
		{name: "deal size then pay", p: model.Posting{Title: "Account Executive", DescriptionText: "Manage deals of $30k to $90k. Base salary: $70,000 - $85,000 per year."}, pay: "70000 85000 USD year"},

		{name: "trap: contract rate", p: model.Posting{Title: "Data Engineer", DescriptionText: "This is a contract role at $65/hr."}, pay: "65 65 USD hour"},
		{name: "trap: a fee for the contract work", p: model.Posting{Title: "Illustrator", DescriptionText: "This contract pays $1,200 for the full set of drawings."}, pay: "1200 1200 USD project"},
		{name: "trap: deals word elsewhere", p: model.Posting{Title: "Sales Rep", DescriptionText: "We close many deals. Pay is $22 per hour."}, pay: "22 22 USD hour"},
	})
}
