package normalize

import (
	"testing"
	"time"

	"github.com/gigscout/gigscout/internal/model"
)

// Pay-transparency sentences, part 2, in this project's
// own words: an aside that leaves something out between the pay words and
// the figures, a band with no currency sign after a pay label in a placed
// listing, a currency code in front of each end, and traps (a retirement
// match, a sales quota) that stay no pay.
var paySentenceAsideCases = []truthCase{
	// an excluding aside
	{name: "salary band with an excluding aside in parentheses", p: model.Posting{Title: "Platform Engineer", DescriptionText: "Yearly base pay band (excluding stock and bonus): $171,000 — $198,000 USD"}, pay: "171000 198000 USD year"},
	{name: "salary range with an excluding aside between commas", p: model.Posting{Title: "Data Scientist", DescriptionText: "The base salary range, excluding equity and commission, is $128,000 - $149,000 per year."}, pay: "128000 149000 USD year"},
	{name: "pay range not including benefits", p: model.Posting{Title: "Controller", DescriptionText: "Pay range (not including benefits): $97,000 to $118,000."}, pay: "97000 118000 USD year"},
	{name: "an excluding aside after 'for this role' with its own subject", p: model.Posting{Title: "Staff Designer", DescriptionText: "The salary range for this role (this does not include bonus or equity): $140,500 - $172,000 USD"}, pay: "140500 172000 USD year"},
	{name: "a which-excludes aside after 'for the position'", p: model.Posting{Title: "Sales Engineer", DescriptionText: "Base pay range for the position (which excludes commission): $61,000 – $70,000"}, pay: "61000 70000 USD year"},
	{name: "trap: a bonus with an excluding aside is no pay", p: model.Posting{Title: "Sales Engineer", DescriptionText: "Target bonus (not including salary): $20,000."}, pay: "-"},
	{name: "trap: an equity grant alone is no pay", p: model.Posting{Title: "Engineer", DescriptionText: "New hires receive an equity grant of $60,000 vesting over four years."}, pay: "-"},
	// a bare band after a pay label, the currency from the place
	{name: "bare band after a posted-location label in Denver", p: model.Posting{Title: "Support Lead", Locations: []string{"Denver, CO"}, DescriptionText: "The base pay range for this position at the listed location is: 72,000 - 81,000. Benefits follow."}, pay: "72000 81000 USD year"},
	{name: "bare band after starting at in Toronto", p: model.Posting{Title: "QA Analyst", Locations: []string{"Toronto, ON, Canada"}, DescriptionText: "Base salary starting at 88,000- 97,000 plus health cover."}, pay: "88000 97000 CAD year"},
	{name: "trap: a bare count after a pay word is no pay", p: model.Posting{Title: "Growth Manager", Locations: []string{"Austin, TX"}, DescriptionText: "Our pay platform is used by 40,000 - 55,000 customers."}, pay: "-"},
	{name: "trap: a bare band too wide to be a salary", p: model.Posting{Title: "Account Manager", Locations: []string{"Austin, TX"}, DescriptionText: "Compensation is: 20,000 - 90,000 depending on deals."}, pay: "-"},
	// a currency code before each end
	{name: "code before each end of a Canadian range", p: model.Posting{Title: "Backend Developer", DescriptionText: "Salary: CAD $104,000 - CAD $126,000 annually."}, pay: "104000 126000 CAD year"},
	{name: "code before each end with an en dash", p: model.Posting{Title: "SRE", DescriptionText: "Compensation USD 140,000 – USD 165,000."}, pay: "140000 165000 USD year"},
	{name: "trap: two coded amounts in different currencies stay apart", p: model.Posting{Title: "Analyst", DescriptionText: "Salary CAD $90,000 - USD $70,000 for cross-border hires."}, pay: "90000 90000 CAD year"},
	// traps
	{name: "trap: a 401k match up to a yearly sum", p: model.Posting{Title: "Payroll Clerk", DescriptionText: "Our plan matches 401(k) contributions up to $6,000 each year."}, pay: "-"},
	{name: "trap: a 401k match with a percent first", p: model.Posting{Title: "Payroll Clerk", DescriptionText: "We offer a 401k match of 4% up to $120,000 of earnings."}, pay: "-"},
	{name: "trap: a yearly sales quota", p: model.Posting{Title: "Account Executive", DescriptionText: "You will carry an annual quota of at least $750K."}, pay: "-"},
	{name: "a rate after a 401k percent and a comma is pay", p: model.Posting{Title: "Home Health Nurse", DescriptionText: "Benefits: 401(k) match up to 5%, $48/hr for each home visit."}, pay: "48 48 USD hour"},
	{name: "the salary still read beside a 401k match", p: model.Posting{Title: "Accountant", DescriptionText: "Salary: $68,000 - $74,000. We match 401(k) contributions up to $3,000."}, pay: "68000 74000 USD year"},
}

func TestPaySentenceAsideCases(t *testing.T) {
	opts := Options{Now: time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)}
	for _, tc := range paySentenceAsideCases {
		t.Run(tc.name, func(t *testing.T) { checkTruthCase(t, tc, opts) })
	}
}
