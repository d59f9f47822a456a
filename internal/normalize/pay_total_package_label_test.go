package normalize

import (
	"testing"
	"time"

	"github.com/gigscout/gigscout/internal/model"
)

// A range labelled as the whole package gives way to a later base range.
// In this project's own words, with traps.
var totalPackageLabelCases = []truthCase{
	{name: "bracketed total then base", p: model.Posting{Title: "Engineer", DescriptionText: "Total Compensation (salary and stock) $101,000–$140,000 USD. Base Salary $90,000–$120,000 USD."}, pay: "90000 120000 USD year"},
	{name: "package range then base with no full stop", p: model.Posting{Title: "Engineer", DescriptionText: "Total Compensation (salary and stock) $101,000–$140,000 USD Base Salary $90,000–$120,000 USD"}, pay: "90000 120000 USD year"},
	{name: "total target compensation then base", p: model.Posting{Title: "Engineer", DescriptionText: "Total target compensation: $170,000 - $230,000. Base salary $140,000 - $180,000."}, pay: "140000 180000 USD year"},
	{name: "base plus equity then base", p: model.Posting{Title: "Engineer", DescriptionText: "Base plus equity: $175,000 - $240,000. Base salary $150,000 - $190,000."}, pay: "150000 190000 USD year"},
	{name: "package with stock then base", p: model.Posting{Title: "Engineer", DescriptionText: "Package with stock: $160,000 - $220,000. Base pay $130,000 - $170,000."}, pay: "130000 170000 USD year"},
	{name: "trap: a package range alone is the pay", p: model.Posting{Title: "Engineer", DescriptionText: "Total target compensation: $170,000 - $230,000."}, pay: "170000 230000 USD year"},
	{name: "trap: a base range first stays", p: model.Posting{Title: "Engineer", DescriptionText: "Base salary $140,000 - $180,000. Total target compensation: $170,000 - $230,000."}, pay: "140000 180000 USD year"},
	{name: "trap: equity talk with no base figure", p: model.Posting{Title: "Engineer", DescriptionText: "Base plus equity: $175,000 - $240,000 depending on level."}, pay: "175000 240000 USD year"},
}

func TestTotalPackageLabelCases(t *testing.T) {
	opts := Options{Now: time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)}
	for _, tc := range totalPackageLabelCases {
		t.Run(tc.name, func(t *testing.T) { checkTruthCase(t, tc, opts) })
	}
}
