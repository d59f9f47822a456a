package normalize

import (
	"testing"

	"github.com/gigscout/gigscout/internal/model"
)

// A sum a benefit pays back is a perk, not pay. In this project's own words,
// with traps.
var reimbursementAfterCases = []truthCase{
	{name: "a reimbursement sum is a perk", p: model.Posting{Title: "Designer", DescriptionText: "Up to $15K reimbursement for family planning and adoption."}, pay: "-"},
	{name: "trap: a rate with mileage reimbursement after it", p: model.Posting{Title: "Home Aide", DescriptionText: "$19/hr plus mileage reimbursement"}, pay: "19 19 USD hour"},
}

func TestReimbursementAfterCases(t *testing.T) { runFieldCases(t, reimbursementAfterCases) }
