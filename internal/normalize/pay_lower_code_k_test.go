package normalize

import (
	"testing"

	"github.com/gigscout/gigscout/internal/model"
)

// lowerCodeAfterKCases pin a lower-case currency code after a thousands
// "k" in the pay field (pay_lower_code.go): the k is part of the amount, so
// the code still follows it. Traps: a lower-case word that is no code after
// a k, the same code in the description, and a capital code.
var lowerCodeAfterKCases = []truthCase{
	{name: "k range then lower euro code", p: model.Posting{Title: "Backend Developer", PayText: "65k - 78k eur"}, pay: "65000 78000 EUR year"},
	{name: "k range then lower dollar code", p: model.Posting{Title: "Backend Developer", PayText: "95K-125K usd"}, pay: "95000 125000 USD year"},
	{name: "single k then lower pound code", p: model.Posting{Title: "Backend Developer", PayText: "58k gbp per year"}, pay: "58000 58000 GBP year"},

	{name: "trap: capital code after k", p: model.Posting{Title: "Backend Developer", PayText: "95K-125K USD"}, pay: "95000 125000 USD year"},
	{name: "trap: k then a plain word", p: model.Posting{Title: "Backend Developer", PayText: "10k run club perks"}, pay: "-"},
}

func TestLowerCodeAfterKCases(t *testing.T) {
	for _, tc := range lowerCodeAfterKCases {
		t.Run(tc.name, func(t *testing.T) { checkFieldCase(t, tc, fieldCaseOpts) })
	}
}
