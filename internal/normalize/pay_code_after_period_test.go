package normalize

import (
	"testing"

	"github.com/gigscout/gigscout/internal/model"
)

// codeAfterPeriodCases pin pay_code_after_period.go: a bare amount in
// running text names its money by a code after its period. Traps: a word
// that only starts with a code, a code in the next sentence, a time zone,
// and no code at all.
var codeAfterPeriodCases = []truthCase{
	{name: "code after a yearly range", p: model.Posting{Title: "Engineer", DescriptionText: "The salary range for this role is 95,000 - 130,000/year SGD."}, pay: "95000 130000 SGD year"},
	{name: "code in brackets after a month", p: model.Posting{Title: "Engineer", DescriptionText: "Salary: 6,500 per month (MYR), paid on the 25th."}, pay: "6500 6500 MYR month"},

	{name: "trap: a word that starts with a code", p: model.Posting{Title: "Engineer", DescriptionText: "Salary: 6,500 per month SGDX bonus scheme."}, pay: "6500 6500 USD month"},
	{name: "trap: a code in the next sentence", p: model.Posting{Title: "Engineer", DescriptionText: "Salary: 88,000 per year. EUR invoices are handled by finance."}, pay: "88000 88000 USD year"},
	{name: "trap: a time zone after the hour", p: model.Posting{Title: "Tutor", DescriptionText: "Pay: 35/hour CET evenings only."}, pay: "35 35 USD hour"},
	{name: "trap: no code, a place's money", p: model.Posting{Title: "Engineer", Locations: []string{"London, UK"}, DescriptionText: "Salary: 60,000 per year plus pension."}, pay: "60000 60000 GBP year"},
}

func TestCodeAfterPeriodCases(t *testing.T) { runFieldCases(t, codeAfterPeriodCases) }
