package normalize

import (
	"testing"

	"github.com/gigscout/gigscout/internal/model"
)

// moneyAltCases pin pay_money_alternatives.go: one pay stated in several
// moneys, the period after the last, is the pay in the listing's own
// money, else the first as written. Traps: a range after a slash, a
// slash between two amounts of one money, and a money no alternative is in.
var moneyAltCases = []truthCase{
	{name: "alternatives in a british listing", p: model.Posting{Title: "Research Fellow", Locations: []string{"London, UK"}, DescriptionText: "Stipend: 4,000 USD / 3,100 GBP / 5,400 CAD per week for twelve weeks."}, pay: "3100 3100 GBP week"},
	{name: "alternatives in a canadian listing", p: model.Posting{Title: "Research Fellow", Locations: []string{"Toronto, Canada"}, DescriptionText: "Stipend: 4,000 USD / 3,100 GBP / 5,400 CAD per week for twelve weeks."}, pay: "5400 5400 CAD week"},
	{name: "alternatives in a us listing", p: model.Posting{Title: "Research Fellow", Locations: []string{"Boston, MA"}, DescriptionText: "Stipend: 4,000 USD / 3,100 GBP / 5,400 CAD per week for twelve weeks."}, pay: "4000 4000 USD week"},
	{name: "alternatives with no place: the first", p: model.Posting{Title: "Research Fellow", DescriptionText: "Stipend: 4,000 USD / 3,100 GBP / 5,400 CAD per week for twelve weeks."}, pay: "4000 4000 USD week"},

	{name: "trap: a german listing keeps the first", p: model.Posting{Title: "Research Fellow", Locations: []string{"Berlin, Germany"}, DescriptionText: "Stipend: 4,000 USD / 3,100 GBP / 5,400 CAD per week."}, pay: "4000 4000 USD week"},
	{name: "trap: a range is left as read", p: model.Posting{Title: "Engineer", Locations: []string{"London, UK"}, DescriptionText: "Pay: 90,000 USD / 70,000 - 80,000 GBP per year."}, pay: "70000 80000 GBP year"},
	{name: "trap: one money on both sides of a slash", p: model.Posting{Title: "Engineer", Locations: []string{"London, UK"}, PayText: "£50,000/£60,000"}, pay: "50000 60000 GBP year"},
}

func TestMoneyAltCases(t *testing.T) { runFieldCases(t, moneyAltCases) }
