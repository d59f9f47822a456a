package normalize

import (
	"testing"

	"github.com/gigscout/gigscout/internal/model"
)

// rwandanFrancCases pin the Rwandan franc's code, RWF, as a currency
// after or before an amount. Traps: the letters inside a longer word or
// code, and an amount with no code at all.
var rwandanFrancCases = []truthCase{
	{name: "a k amount with the code after", p: model.Posting{Title: "Accountant", DescriptionText: "Net salary: 650k RWF plus transport."}, pay: "650000 650000 RWF month"},
	{name: "a range with the code before", p: model.Posting{Title: "Driver", Locations: []string{"Kigali, Rwanda"}, PayText: "RWF 300,000 - 400,000 per month"}, pay: "300000 400000 RWF month"},
	{name: "a senior monthly figure in millions", p: model.Posting{Title: "Engineer", DescriptionText: "Gross pay: RWF 1,800,000 monthly, paid in Kigali."}, pay: "1.8e+06 1.8e+06 RWF month"},

	{name: "trap: the letters inside a reference", p: model.Posting{Title: "Clerk", DescriptionText: "Quote reference 4521RWFX when you apply."}, pay: "-"},
	{name: "trap: no code, a k figure in text", p: model.Posting{Title: "Clerk", DescriptionText: "Our app has 650k users across the region."}, pay: "-"},
}

func TestRwandanFrancCases(t *testing.T) { runFieldCases(t, rwandanFrancCases) }
