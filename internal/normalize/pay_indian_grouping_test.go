package normalize

import (
	"testing"
	"time"

	"github.com/gigscout/gigscout/internal/model"
)

// A pay field with no currency whose amounts use Indian digit grouping
// states rupees when the listing names no place; a place keeps its own
// currency. In this project's own words, with traps.
var indianGroupingCases = []truthCase{
	{name: "a range reaching a lakh", p: model.Posting{Title: "Sales Executive", PayText: "40,000 - 1,20,000 per annum"}, pay: "40000 120000 INR year"},
	{name: "both ends grouped in lakhs", p: model.Posting{Title: "Accountant", PayText: "3,50,000 - 4,80,000 PA"}, pay: "350000 480000 INR year"},
	{name: "a single amount in ten lakhs", p: model.Posting{Title: "Team Lead", PayText: "12,00,000 per year"}, pay: "1.2e+06 1.2e+06 INR year"},
	{name: "trap: western grouping stays dollars", p: model.Posting{Title: "Sales Executive", PayText: "40,000 - 120,000 per year"}, pay: "40000 120000 USD year"},
	{name: "trap: a place keeps its currency", p: model.Posting{Title: "Accountant", Locations: []string{"Karachi, Pakistan"}, PayText: "1,20,000 - 1,50,000 per month"}, pay: "120000 150000 PKR month"},
	{name: "trap: a written currency wins", p: model.Posting{Title: "Analyst", PayText: "USD 1,00,000 per year"}, pay: "100000 100000 USD year"},
}

func TestIndianGroupingCases(t *testing.T) {
	opts := Options{Now: time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)}
	for _, tc := range indianGroupingCases {
		t.Run(tc.name, func(t *testing.T) { checkTruthCase(t, tc, opts) })
	}
}

func TestIndianGrouped(t *testing.T) {
	for s, want := range map[string]bool{"1,00,000": true, "12,50,000 PA": true, "1,00,00,000": true, "100,000": false,
		"1,000,000": false, "1,00": false, "3,00,0000": false, "20,00,000-25,00,000": true, "": false} {
		if got := indianGrouped(s); got != want {
			t.Errorf("indianGrouped(%q) = %v, want %v", s, got, want)
		}
	}
}
