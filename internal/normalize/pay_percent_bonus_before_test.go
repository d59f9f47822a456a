package normalize

import (
	"testing"
	"time"

	"github.com/gigscout/gigscout/internal/model"
)

// A salary after a bonus given as a percentage is the pay. In this
// project's own words, with traps.
var percentBonusBeforeCases = []truthCase{
	{name: "percent bonus then a comma", p: model.Posting{Title: "Account Manager", PayText: "15% bonus, $95,000"}, pay: "95000 95000 USD year"},
	{name: "annual percent bonus then a semicolon", p: model.Posting{Title: "Analyst", PayText: "10% annual bonus; €70,000"}, pay: "70000 70000 EUR year"},
	{name: "target bonus plus base", p: model.Posting{Title: "Engineer", PayText: "20% target bonus + base salary of $140,000"}, pay: "140000 140000 USD year"},
	{name: "trap: a signing bonus with no percent", p: model.Posting{Title: "Nurse", PayText: "signing bonus, $5,000"}, pay: "-"},
	{name: "trap: a bonus of an amount", p: model.Posting{Title: "Driver", DescriptionText: "New drivers get a bonus of $2,000 after 90 days."}, pay: "-"},
	{name: "trap: a percent bonus with the amount glued to it", p: model.Posting{Title: "Sales Rep", DescriptionText: "Earn a 10% bonus worth up to $8,000 each year."}, pay: "-"},
}

func TestPercentBonusBeforeCases(t *testing.T) {
	opts := Options{Now: time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)}
	for _, tc := range percentBonusBeforeCases {
		t.Run(tc.name, func(t *testing.T) { checkTruthCase(t, tc, opts) })
	}
}
