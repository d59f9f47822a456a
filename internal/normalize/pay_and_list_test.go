package normalize

import (
	"testing"

	"github.com/gigscout/gigscout/internal/model"
)

// andListCases pin andListDropped (pay_and_list.go): three rising figures
// joined by "and" are a list of levels, not a range, and give no pay.
// Traps: two figures joined by "and" stay a range; a lower third figure, a
// bonus after the third, another currency and words in the gap keep it.
var andListCases = []truthCase{
	{name: "three rising figures in a pay field", p: model.Posting{Title: "Program Analyst", PayText: "$61,200 and $88,900 and $104,300"}, pay: "-"},
	{name: "three rising figures with commas", p: model.Posting{Title: "Program Analyst", PayText: "€42,500 and €51,000, €63,750"}, pay: "-"},
	{name: "four rising figures in text", p: model.Posting{Title: "Program Analyst", DescriptionText: "Grades pay $58,100 and $66,400 and $79,900 and $91,300 depending on band."}, pay: "-"},

	{name: "trap: two figures joined by and", p: model.Posting{Title: "Program Analyst", PayText: "$61,200 and $88,900"}, pay: "61200 88900 USD year"},
	{name: "trap: between two figures in text", p: model.Posting{Title: "Program Analyst", DescriptionText: "The salary is between $73,000 and $81,000 and includes benefits."}, pay: "73000 81000 USD year"},
	{name: "trap: a lower third figure", p: model.Posting{Title: "Program Analyst", PayText: "$61,200 and $88,900 and $4,000"}, pay: "61200 88900 USD year"},
	{name: "trap: a bonus after the third figure", p: model.Posting{Title: "Program Analyst", PayText: "$61,200 and $88,900 and $95,000 bonus pool"}, pay: "61200 88900 USD year"},
	{name: "trap: another currency third", p: model.Posting{Title: "Program Analyst", PayText: "$61,200 and $88,900 and €95,000"}, pay: "61200 88900 USD year"},
	{name: "trap: words before the third figure", p: model.Posting{Title: "Program Analyst", PayText: "$61,200 and $88,900 and up to $95,000 with overtime"}, pay: "61200 88900 USD year"},
}

func TestAndListCases(t *testing.T) {
	runFieldCases(t, andListCases)
}
