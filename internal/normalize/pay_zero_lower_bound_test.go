package normalize

import (
	"testing"
	"time"

	"github.com/gigscout/gigscout/internal/model"
)

// A range whose low end is zero reads as "up to" its high end. In this
// project's own words, with traps.
var zeroLowerBoundCases = []truthCase{
	{name: "zero to code range in pay field", p: model.Posting{Title: "Support Agent", PayText: "0 - 450 EUR"}, pay: "450 450 EUR project"},
	{name: "zero to dollar range in pay field", p: model.Posting{Title: "Designer", PayText: "$0 - $7,500"}, pay: "7500 7500 USD project"},
	{name: "zero to yearly range in description", p: model.Posting{Title: "Analyst", DescriptionText: "Salary: $0 - $95,000 per year."}, pay: "95000 95000 USD year"},
	{name: "zero to euro range no spaces", p: model.Posting{Title: "Writer", PayText: "€0-2500"}, pay: "2500 2500 EUR project"},
	{name: "trap: lone zero", p: model.Posting{Title: "Helper", PayText: "$0"}, pay: "-"},
	{name: "trap: zero to zero", p: model.Posting{Title: "Helper", DescriptionText: "Pay: $0 - $0"}, pay: "-"},
	{name: "trap: cents range keeps its low end", p: model.Posting{Title: "Tagger", PayText: "$0.40 - $0.90 per task"}, pay: "0.4 0.9 USD project"},
	{name: "trap: ordinary range keeps its low end", p: model.Posting{Title: "Analyst", PayText: "$10 - $200"}, pay: "10 200 USD hour"},
}

func TestZeroLowerBoundCases(t *testing.T) {
	opts := Options{Now: time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)}
	for _, tc := range zeroLowerBoundCases {
		t.Run(tc.name, func(t *testing.T) { checkTruthCase(t, tc, opts) })
	}
}
