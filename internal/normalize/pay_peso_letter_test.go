package normalize

import (
	"testing"
	"time"

	"github.com/gigscout/gigscout/internal/model"
)

// pesoLetterCases pin pesoLetterPay (pay_peso_letter.go): a bare capital P
// before grouped thousands with a period after is pesos. Written for this
// project.
var pesoLetterCases = []truthCase{
	{name: "letter P monthly in a pay field", p: model.Posting{Title: "Virtual Assistant", PayText: "P25,000/month"}, pay: "25000 25000 PHP month"},
	{name: "letter P range per month in text", p: model.Posting{Title: "Customer Support", DescriptionText: "Salary: P18,000 - P22,000 per month, plus HMO."}, pay: "18000 22000 PHP month"},

	{name: "trap: peso sign still reads as before", p: model.Posting{Title: "Virtual Assistant", PayText: "₱25,000/month"}, pay: "25000 25000 PHP month"},
	{name: "trap: a letter P code with no period is no money", p: model.Posting{Title: "Warehouse Clerk", DescriptionText: "Handle model P1,200 parts in the stockroom."}, pay: "-"},
	{name: "trap: a letter P without grouped thousands is no money", p: model.Posting{Title: "Warehouse Clerk", DescriptionText: "Grade P5 per month review."}, pay: "-"},
	{name: "trap: a dollar rate beside a letter P code keeps the dollar", p: model.Posting{Title: "Virtual Assistant", PayText: "$6/hour (ref P2,000)"}, pay: "6 6 USD hour"},
}

func TestPesoLetterCases(t *testing.T) {
	opts := Options{Now: time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)}
	for _, tc := range pesoLetterCases {
		t.Run(tc.name, func(t *testing.T) { checkTruthCase(t, tc, opts) })
	}
}
