package normalize

import (
	"testing"

	"github.com/gigscout/gigscout/internal/model"
)

// priorRoleCases pin priorRolePay (pay_prior_role.go): an amount named as
// what a previous job paid is no pay for this job, and a later amount is
// read instead. Traps: "previous experience" before a labelled salary, and
// a word "former" that names no earlier pay.
var priorRoleCases = []truthCase{
	{name: "previous job paid, then this salary", p: model.Posting{Title: "Warehouse Lead", DescriptionText: "Your previous job paid $48,000; with us the salary is €56,000."}, pay: "56000 56000 EUR year"},
	{name: "former employer paid", p: model.Posting{Title: "Warehouse Lead", DescriptionText: "Former employer paid £39,500, and our base salary is £44,000."}, pay: "44000 44000 GBP year"},
	{name: "prior role only", p: model.Posting{Title: "Warehouse Lead", DescriptionText: "Many of our hires say their prior role paid about $20/hr."}, pay: "-"},

	{name: "trap: previous experience then salary", p: model.Posting{Title: "Warehouse Lead", DescriptionText: "Previous experience preferred. Salary: $52,000 a year."}, pay: "52000 52000 USD year"},
	{name: "trap: former as a plain word", p: model.Posting{Title: "Warehouse Lead", DescriptionText: "Based in a former mill, we pay $24 per hour."}, pay: "24 24 USD hour"},
}

func TestPriorRoleCases(t *testing.T) {
	for _, tc := range priorRoleCases {
		t.Run(tc.name, func(t *testing.T) { checkFieldCase(t, tc, fieldCaseOpts) })
	}
}
