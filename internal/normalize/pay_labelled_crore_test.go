package normalize

import (
	"testing"

	"github.com/gigscout/gigscout/internal/model"
)

// labelledCroreCases pin pay_labelled_crore.go: a crore amount with no
// rupee sign right after a salary label in running text is rupees a year.
// Traps: a crore figure with no label (revenue), ten crore or more, a
// crore of stock, "credits" after a label.
var labelledCroreCases = []truthCase{
	{name: "package range glued cr", p: model.Posting{Title: "Head of Engineering", DescriptionText: "Salary package: 2cr - 2.4cr with relocation."}, pay: "2e+07 2.4e+07 INR year"},
	{name: "ctc crore per annum", p: model.Posting{Title: "VP Sales", DescriptionText: "CTC 1.5 crore per annum, Bengaluru."}, pay: "1.5e+07 1.5e+07 INR year"},
	{name: "compensation range with to", p: model.Posting{Title: "Principal Architect", DescriptionText: "Compensation of 1.1 Cr to 1.3 Cr for the right person."}, pay: "1.1e+07 1.3e+07 INR year"},

	{name: "trap: revenue in crores", p: model.Posting{Title: "Analyst", DescriptionText: "The firm crossed 80 cr in revenue; pay is discussed later."}, pay: "-"},
	{name: "trap: ten crore or more", p: model.Posting{Title: "Analyst", DescriptionText: "Salary package: 12 cr"}, pay: "-"},
	{name: "trap: crore of stock", p: model.Posting{Title: "CTO", DescriptionText: "Package: 3 crore in ESOPs over four years."}, pay: "-"},
	{name: "trap: credits", p: model.Posting{Title: "Course Mentor", DescriptionText: "Salary 2 credits per module taught."}, pay: "-"},
}

func TestLabelledCroreCases(t *testing.T) { runFieldCases(t, labelledCroreCases) }
