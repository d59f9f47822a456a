package normalize

import (
	"testing"
	"time"

	"github.com/gigscout/gigscout/internal/model"
)

// A range written with two hyphens between its ends reads as one range. In
// this project's own words, with traps.
var doubleHyphenRangeCases = []truthCase{
	{name: "spaced double hyphen yearly", p: model.Posting{Title: "Data Engineer", DescriptionText: "Our salary band is $88,000 -- $115,000 annually."}, pay: "88000 115000 USD year"},
	{name: "tight double hyphen hourly", p: model.Posting{Title: "Tutor", PayText: "$38--$52 per hour"}, pay: "38 52 USD hour"},
	{name: "double hyphen with k ends", p: model.Posting{Title: "Designer", PayText: "$95k -- $125k per year"}, pay: "95000 125000 USD year"},
	{name: "double hyphen euro ends", p: model.Posting{Title: "Developer", PayText: "€48.000 -- €62.000 per year"}, pay: "48000 62000 EUR year"},
	{name: "trap: double hyphen after the range", p: model.Posting{Title: "Analyst", DescriptionText: "Salary: $70,000 - $90,000 per year -- plus equity."}, pay: "70000 90000 USD year"},
	{name: "trap: triple hyphen rule", p: model.Posting{Title: "Analyst", DescriptionText: "Salary: $70,000 per year\n---\n5 days a week"}, pay: "70000 70000 USD year"},
	{name: "trap: double hyphen before words", p: model.Posting{Title: "Analyst", DescriptionText: "Pay: $30 per hour -- weekends only."}, pay: "30 30 USD hour"},
}

func TestDoubleHyphenRangeCases(t *testing.T) {
	opts := Options{Now: time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)}
	for _, tc := range doubleHyphenRangeCases {
		t.Run(tc.name, func(t *testing.T) { checkTruthCase(t, tc, opts) })
	}
}
