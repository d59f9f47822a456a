package normalize

import (
	"testing"
	"time"

	"github.com/gigscout/gigscout/internal/model"
)

// insuranceStipendCases pin insuranceStipendAfter (pay_insurance_stipend.go):
// a sum named as a health-cover benefit right after it is no pay. Written for
// this project.
var insuranceStipendCases = []truthCase{
	{name: "yearly sum for health insurance", p: model.Posting{Title: "Designer", DescriptionText: "Perks include a $4,500 health insurance stipend."}, pay: "-"},
	{name: "monthly medical allowance", p: model.Posting{Title: "Designer", DescriptionText: "We add a $350 monthly medical allowance."}, pay: "-"},
	{name: "dental and vision reimbursement", p: model.Posting{Title: "Designer", DescriptionText: "You get $900 dental and vision reimbursement each year."}, pay: "-"},
	{name: "cover sum after the salary does not hide the salary", p: model.Posting{Title: "Designer", DescriptionText: "Salary $98,000 - $112,000 per year, plus a $3,000 healthcare stipend."}, pay: "98000 112000 USD year"},

	{name: "trap: an hourly rate with a cover stipend mentioned after a comma stays", p: model.Posting{Title: "Cashier", PayText: "$19/hr, health insurance stipend available"}, pay: "19 19 USD hour"},
	{name: "trap: a stipend that is the pay stays", p: model.Posting{Title: "Research Intern", DescriptionText: "Interns receive a $3,000 monthly stipend plus health insurance."}, pay: "3000 3000 USD month"},
	{name: "trap: a salary with health cover after plus stays", p: model.Posting{Title: "Designer", PayText: "$70,000 per year plus health insurance"}, pay: "70000 70000 USD year"},
}

func TestInsuranceStipendCases(t *testing.T) {
	opts := Options{Now: time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)}
	for _, tc := range insuranceStipendCases {
		t.Run(tc.name, func(t *testing.T) { checkTruthCase(t, tc, opts) })
	}
}
