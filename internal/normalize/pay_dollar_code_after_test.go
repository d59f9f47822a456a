package normalize

import (
	"testing"
	"time"

	"github.com/gigscout/gigscout/internal/model"
)

// A dollar code after a figure written with the sign after it names the
// dollar. In this project's own words, with traps.
var codeAfterSuffixDollarCases = []truthCase{
	{name: "suffix-dollar range then CAD", p: model.Posting{Title: "Analyste", PayText: "Salaire : 95 000 $ à 115 000 $ CAD"}, pay: "95000 115000 CAD year"},
	{name: "suffix-dollar single then AUD", p: model.Posting{Title: "Designer", PayText: "85 000 $ AUD"}, pay: "85000 85000 AUD year"},
	{name: "trap: suffix-dollar with no code", p: model.Posting{Title: "Analyste", PayText: "Salaire : 95 000 $ à 115 000 $"}, pay: "95000 115000 USD year"},
	{name: "trap: a word that begins with a code", p: model.Posting{Title: "Analyste", PayText: "95 000 $ CADRE SUPÉRIEUR"}, pay: "95000 95000 USD year"},
	{name: "trap: prefix dollar before a code stays with its reader", p: model.Posting{Title: "Analyst", PayText: "$95,000 - $115,000 CAD"}, pay: "95000 115000 CAD year"},
}

func TestCodeAfterSuffixDollarCases(t *testing.T) {
	opts := Options{Now: time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)}
	for _, tc := range codeAfterSuffixDollarCases {
		t.Run(tc.name, func(t *testing.T) { checkTruthCase(t, tc, opts) })
	}
}
