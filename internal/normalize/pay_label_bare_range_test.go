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

	{name: "trap: pay alone before a band", p: model.Posting{Title: "Data Analyst", Locations: []string{"Raleigh, NC"}, DescriptionText: "We pay 58,000 - 72,000 invoices a month on time."}, pay: "-"},
	{name: "trap: a band too wide after a range word", p: model.Posting{Title: "Data Analyst", Locations: []string{"Raleigh, NC"}, DescriptionText: "Salary range 20,000 - 95,000 across all roles."}, pay: "-"},
	{name: "trap: a count after a band word", p: model.Posting{Title: "Data Analyst", Locations: []string{"Raleigh, NC"}, DescriptionText: "Our pay scale 40,000 - 55,000 members trust us."}, pay: "-"},
}

func TestLabelBareRangeCases(t *testing.T) {
	for _, tc := range labelBareRangeCases {
		t.Run(tc.name, func(t *testing.T) { checkFieldCase(t, tc, fieldCaseOpts) })
	}
}
