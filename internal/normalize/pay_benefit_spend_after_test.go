package normalize

import (
	"testing"

	"github.com/gigscout/gigscout/internal/model"
)

// benefitSpendCases pin pay_benefit_spend_after.go: money spent on a
// benefit is no pay, and the salary beside it is read. Traps: pay "for"
// the work, pay "in" a place, and a benefit word that does not follow the
// amount.
var benefitSpendCases = []truthCase{
	{name: "fertility benefit before the salary", p: model.Posting{Title: "Engineer", DescriptionText: "We cover up to $25k in fertility treatments. The base salary range is $150,000 - $190,000."}, pay: "150000 190000 USD year"},
	{name: "childcare support alone", p: model.Posting{Title: "Engineer", DescriptionText: "Parents get $500 per month towards childcare costs."}, pay: "-"},
	{name: "student loan repayments", p: model.Posting{Title: "Engineer", DescriptionText: "We contribute $2,000 for student loan repayments each year."}, pay: "-"},

	{name: "trap: pay for the work", p: model.Posting{Title: "Writer", DescriptionText: "We pay $300 for each article you write."}, pay: "!-"},
	{name: "trap: pay in a place", p: model.Posting{Title: "Nurse", DescriptionText: "Earn $48 per hour in Denver hospitals."}, pay: "48 48 USD hour"},
	{name: "trap: a benefit word elsewhere", p: model.Posting{Title: "Engineer", DescriptionText: "Salary: $120,000. Fertility benefits and childcare support included."}, pay: "120000 120000 USD year"},
}

func TestBenefitSpendCases(t *testing.T) { runFieldCases(t, benefitSpendCases) }
