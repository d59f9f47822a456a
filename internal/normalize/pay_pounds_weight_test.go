package normalize

import (
	"testing"
	"time"

	"github.com/gigscout/gigscout/internal/model"
)

// poundsWeightCases pin pay_pounds_weight.go: pounds carried, lifted or
// pushed are a weight even with a period after them; pounds with a pay word
// stay money.
var poundsWeightCases = []truthCase{
	{name: "lift pounds daily is a weight", p: model.Posting{Title: "Stocker", DescriptionText: "Must be able to lift 35 pounds daily and stand for long periods."}, pay: "-"},
	{name: "carry up to pounds weekly is a weight", p: model.Posting{Title: "Mover", DescriptionText: "You will carry up to 70 pounds weekly on stairs."}, pay: "-"},
	{name: "pushing and pulling pounds is a weight", p: model.Posting{Title: "Porter", DescriptionText: "Pushing and pulling carts of 90 pounds per hour."}, pay: "-"},
	{name: "weight beside real pay", p: model.Posting{Title: "Picker", DescriptionText: "Lift 30 pounds daily. Pay: $19 per hour."}, pay: "19 19 USD hour"},
	{name: "trap: earn pounds weekly", p: model.Posting{Title: "Courier", DescriptionText: "Earn 650 pounds weekly delivering parcels."}, pay: "650 650 GBP week"},
	{name: "trap: pay word after the verb", p: model.Posting{Title: "Courier", DescriptionText: "Load vans; pay is 13 pounds per hour."}, pay: "13 13 GBP hour"},
	{name: "trap: pound sign after a verb stays money", p: model.Posting{Title: "Courier", DescriptionText: "Move up the ladder to £14 per hour."}, pay: "14 14 GBP hour"},
}

func TestPoundsWeightCases(t *testing.T) {
	opts := Options{Now: time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)}
	for _, tc := range poundsWeightCases {
		t.Run(tc.name, func(t *testing.T) { checkTruthCase(t, tc, opts) })
	}
}
