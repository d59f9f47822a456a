package normalize

import (
	"testing"

	"github.com/gigscout/gigscout/internal/model"
)

// colonClauseCases pin pay_colon_clause.go: a long clause that names the
// pay and ends in a colon hands the amount after it the pay word. Traps:
// the same long clause with no pay word, one about a budget, and a pay
// word in an earlier sentence.
var colonClauseCases = []truthCase{
	{name: "long list of regions before the colon", p: model.Posting{Title: "Counsel", DescriptionText: "The salary band for hires in Oregon, Nevada, Arizona, Utah, Idaho, Montana, Wyoming, New Mexico and Alaska is:\n\n$64,000 - $181,000 USD"}, pay: "64000 181000 USD year"},
	{name: "long clause on one line", p: model.Posting{Title: "Counsel", DescriptionText: "Our compensation for this opening, which depends on the region you live in and on your level, is: $58,000 - $160,000"}, pay: "58000 160000 USD year"},

	{name: "trap: long clause with no pay word", p: model.Posting{Title: "Counsel", DescriptionText: "The figures reported by teams in Oregon, Nevada, Arizona, Utah, Idaho, Montana, Wyoming and Alaska are:\n\n$64,000 - $181,000 USD"}, pay: "-"},
	{name: "trap: a budget clause", p: model.Posting{Title: "Counsel", DescriptionText: "The yearly budget we pay out to partner agencies in Oregon, Nevada, Arizona, Utah and Idaho is: $64,000 - $181,000"}, pay: "-"},
	{name: "trap: the pay word in an earlier sentence", p: model.Posting{Title: "Counsel", DescriptionText: "Pay is reviewed yearly. Offices in Oregon, Nevada, Arizona, Utah, Idaho, Montana, Wyoming, New Mexico and Alaska report:\n$64,000 - $181,000"}, pay: "-"},
}

func TestColonClauseCases(t *testing.T) { runFieldCases(t, colonClauseCases) }
