package normalize

import (
	"testing"
	"time"

	"github.com/gigscout/gigscout/internal/model"
)

// wideStatedSpanCases pin wideStatedSpan (pay_wide_stated_span.go): a range
// more than a hundred times wide is no pay band even when a period or a pay
// word sits beside it. Written for this project.
var wideStatedSpanCases = []truthCase{
	{name: "peso range wide by three orders with a year", p: model.Posting{Title: "Operations Associate", PayText: "₱2,400 – ₱2,150,000 / year"}, pay: "-"},
	{name: "dollar hourly range wide beyond reason", p: model.Posting{Title: "Tutor", PayText: "$1 - $500 per hour"}, pay: "-"},
	{name: "salary word does not save a thousandfold range", p: model.Posting{Title: "Analyst", DescriptionText: "Salary: $1,200 - $950,000 per year."}, pay: "-"},

	{name: "trap: a tenfold hourly range stays", p: model.Posting{Title: "Tutor", PayText: "$15 - $150 per hour"}, pay: "15 150 USD hour"},
	{name: "trap: a fortyfold range with a pay word stays", p: model.Posting{Title: "Account Executive", DescriptionText: "Salary: $15,000 - $600,000"}, pay: "15000 600000 USD year"},
	{name: "trap: a hundredfold range exactly stays", p: model.Posting{Title: "Tutor", PayText: "$5 - $500 per hour"}, pay: "5 500 USD hour"},
	{name: "trap: an ordinary peso band with a year stays", p: model.Posting{Title: "Operations Associate", PayText: "₱380,000 – ₱450,000 / year"}, pay: "380000 450000 PHP year"},
}

func TestWideStatedSpanCases(t *testing.T) {
	opts := Options{Now: time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)}
	for _, tc := range wideStatedSpanCases {
		t.Run(tc.name, func(t *testing.T) { checkTruthCase(t, tc, opts) })
	}
}
