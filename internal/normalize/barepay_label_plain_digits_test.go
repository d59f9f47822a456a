package normalize

import (
	"testing"

	"github.com/gigscout/gigscout/internal/model"
)

// plainLabelledSalaryCases pin barepay_label_plain_digits.go: plain digits
// right after a salary label, ending the clause, are a year's salary.
// Traps: a year after the label, a count after the digits, digits with no
// label, and a seven-figure number.
var plainLabelledSalaryCases = []truthCase{
	{name: "salary is plain digits", p: model.Posting{Title: "Analyst", DescriptionText: "The salary is 78500. Benefits start on day one."}, pay: "78500 78500 USD year"},
	{name: "salary at plain digits at the end", p: model.Posting{Title: "Analyst", DescriptionText: "Starting base salary at 64000"}, pay: "64000 64000 USD year"},
	{name: "compensation colon then a comma", p: model.Posting{Title: "Analyst", Locations: []string{"Leeds, UK"}, DescriptionText: "Compensation: 41000, reviewed each spring"}, pay: "41000 41000 GBP year"},

	{name: "trap: a year after the label", p: model.Posting{Title: "Analyst", DescriptionText: "Salary: 2027 bands are not out yet."}, pay: "-"},
	{name: "trap: a count after the digits", p: model.Posting{Title: "Analyst", DescriptionText: "Salary is 25000 members strong in our union."}, pay: "-"},
	{name: "trap: no label before the digits", p: model.Posting{Title: "Analyst", DescriptionText: "Our team answered 48000."}, pay: "-"},
	{name: "trap: seven figures", p: model.Posting{Title: "Analyst", DescriptionText: "Salary is 1250000."}, pay: "-"},
}

func TestPlainLabelledSalaryCases(t *testing.T) { runFieldCases(t, plainLabelledSalaryCases) }
