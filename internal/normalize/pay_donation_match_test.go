package normalize

import (
	"testing"

	"github.com/gigscout/gigscout/internal/model"
)

// donationMatchCases pin a charity gift named in the text ahead of the
// salary (pay_donation_match.go): the gift is no pay, the salary after it
// is. Traps: a gift alone, a salary followed by a word about a charity
// team, and an hourly rate for charity event work.
var donationMatchCases = []truthCase{
	{name: "gift match then salary", p: model.Posting{Title: "Data Analyst", DescriptionText: "Perks: the company doubles gifts up to $3,000 for donations each year. Base salary is $98,000 - $121,000."}, pay: "98000 121000 USD year"},
	{name: "yearly charity giving then hourly", p: model.Posting{Title: "Support Agent", DescriptionText: "You get $250 a year in charitable giving credit. Pay: $24 - $28 per hour."}, pay: "24 28 USD hour"},

	{name: "trap: gift match alone", p: model.Posting{Title: "Data Analyst", DescriptionText: "We double staff gifts up to $2,500 toward charities of their choice."}, pay: "-"},
	{name: "trap: salary for a giving platform team", p: model.Posting{Title: "Backend Engineer", PayText: "$140,000 - $160,000 for our giving platform team"}, pay: "140000 160000 USD year"},
	{name: "trap: hourly pay at charity events", p: model.Posting{Title: "Event Staff", DescriptionText: "Earn $19/hour for charity gala shifts."}, pay: "19 19 USD hour"},
}

func TestDonationMatchCases(t *testing.T) {
	for _, tc := range donationMatchCases {
		t.Run(tc.name, func(t *testing.T) { checkFieldCase(t, tc, fieldCaseOpts) })
	}
}
