package normalize

import (
	"testing"

	"github.com/gigscout/gigscout/internal/model"
)

// gluedDollarCodeCases pin the dollar codes written glued to the dollar
// sign (money.go): "CAD$", "AUD$", "NZD$", "SGD$" and "HKD$" name their own
// dollar, as "USD$" already did. Traps: a longer run of capitals before the
// sign is no code, a code with a space keeps working, and a bare sign stays
// the US dollar.
var gluedDollarCodeCases = []truthCase{
	{name: "Canadian code glued, range", p: model.Posting{Title: "Data Engineer", DescriptionText: "Starting base is CAD$98,000 - 121,000 per year."}, pay: "98000 121000 CAD year"},
	{name: "Australian code glued, pay field", p: model.Posting{Title: "Data Engineer", PayText: "AUD$140,000 annually"}, pay: "140000 140000 AUD year"},
	{name: "Singapore code glued, monthly", p: model.Posting{Title: "Data Engineer", PayText: "SGD$7,500 / month"}, pay: "7500 7500 SGD month"},
	{name: "New Zealand code glued", p: model.Posting{Title: "Data Engineer", PayText: "NZD$105,000 per annum"}, pay: "105000 105000 NZD year"},

	{name: "trap: US code glued stays", p: model.Posting{Title: "Data Engineer", PayText: "USD$112,000 per year"}, pay: "112000 112000 USD year"},
	{name: "trap: code with a space", p: model.Posting{Title: "Data Engineer", PayText: "CAD $88,000 per year"}, pay: "88000 88000 CAD year"},
	{name: "trap: longer capitals are no code", p: model.Posting{Title: "Data Engineer", PayText: "XCAD$91,000 per year"}, pay: "91000 91000 USD year"},
	{name: "trap: bare sign", p: model.Posting{Title: "Data Engineer", PayText: "$91,000 per year"}, pay: "91000 91000 USD year"},
}

func TestGluedDollarCodeCases(t *testing.T) {
	for _, tc := range gluedDollarCodeCases {
		t.Run(tc.name, func(t *testing.T) { checkFieldCase(t, tc, fieldCaseOpts) })
	}
}
