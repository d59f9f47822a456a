package normalize

import (
	"testing"

	"github.com/gigscout/gigscout/internal/model"
)

// labelBareRangeCases pin labelBareRange's label form with no joining
// word (pay_label_bare_range.go): a range, band or scale word right before
// a currency-less band is a salary band. Traps: a band after "pay" alone
// with no joining word, a band too wide for a salary, a count of people
// after a band word.
var labelBareRangeCases = []truthCase{
	{name: "salary range right before the band", p: model.Posting{Title: "Data Analyst", Locations: []string{"Raleigh, NC"}, DescriptionText: "Annual salary range 58,000 - 72,000 based on experience."}, pay: "58000 72000 USD year"},
	{name: "pay band with ungrouped ends", p: model.Posting{Title: "Data Analyst", Locations: []string{"Calgary, AB, Canada"}, DescriptionText: "Pay band 64500 - 80250, reviewed each spring."}, pay: "64500 80250 CAD year"},
	{name: "salary range joined by through", p: model.Posting{Title: "Data Analyst", Locations: []string{"Raleigh, NC"}, DescriptionText: "Salary range 61,000 through 74,000, set by level."}, pay: "61000 74000 USD year"},
	{name: "pay field joined by thru", p: model.Posting{Title: "Data Analyst", PayText: "61000 thru 74000"}, pay: "61000 74000 USD year"},
	{name: "trap: through joining years", p: model.Posting{Title: "Data Analyst", DescriptionText: "Our salary survey covered 2019 through 2024 for this role."}, pay: "-"},
	{name: "trap: through joining counts in a pay field", p: model.Posting{Title: "Data Analyst", PayText: "40 through 55 hours"}, pay: "-"},

	{name: "trap: pay alone before a band", p: model.Posting{Title: "Data Analyst", Locations: []string{"Raleigh, NC"}, DescriptionText: "We pay 58,000 - 72,000 invoices a month on time."}, pay: "-"},
	{name: "trap: a band too wide after a range word", p: model.Posting{Title: "Data Analyst", Locations: []string{"Raleigh, NC"}, DescriptionText: "Salary range 20,000 - 95,000 across all roles."}, pay: "-"},
	{name: "trap: a count after a band word", p: model.Posting{Title: "Data Analyst", Locations: []string{"Raleigh, NC"}, DescriptionText: "Our pay scale 40,000 - 55,000 members trust us."}, pay: "-"},
}

func TestLabelBareRangeCases(t *testing.T) {
	for _, tc := range labelBareRangeCases {
		t.Run(tc.name, func(t *testing.T) { checkFieldCase(t, tc, fieldCaseOpts) })
	}
}
