package normalize

import (
	"testing"
	"time"

	"github.com/gigscout/gigscout/internal/model"
)

// bareWideSpanCases pin wideBareSpan (pay_bare_wide_span.go): a range with
// no pay word, period or cue whose top is more than twenty times its bottom
// is no pay band. Written for this project.
var bareWideSpanCases = []truthCase{
	{name: "lone span far too wide in text", p: model.Posting{Title: "Account Executive", DescriptionText: "$15,000 - $600,000"}, pay: "-"},
	{name: "lone span far too wide in a pay field", p: model.Posting{Title: "Account Executive", PayText: "$8,000 - $250,000"}, pay: "-"},
	{name: "euro span far too wide", p: model.Posting{Title: "Partner Manager", DescriptionText: "€12.000 - €400.000"}, pay: "-"},

	{name: "trap: an ordinary bare range stays", p: model.Posting{Title: "Account Executive", DescriptionText: "$65,000 - $95,000"}, pay: "65000 95000 USD year"},
	{name: "trap: a wide range with a pay word stays", p: model.Posting{Title: "Account Executive", DescriptionText: "Salary: $15,000 - $600,000"}, pay: "15000 600000 USD year"},
	{name: "trap: a wide hourly range with its period stays", p: model.Posting{Title: "Tutor", PayText: "$2 - $60 per hour"}, pay: "2 60 USD hour"},
	{name: "trap: a bare short second end keeps its reading", p: model.Posting{Title: "Account Executive", PayText: "$50k - 950"}, pay: "950 50000 USD year"},
	{name: "trap: twenty times exactly stays", p: model.Posting{Title: "Account Executive", PayText: "$10,000 - $200,000"}, pay: "10000 200000 USD year"},
}

func TestBareWideSpanCases(t *testing.T) {
	opts := Options{Now: time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)}
	for _, tc := range bareWideSpanCases {
		t.Run(tc.name, func(t *testing.T) { checkTruthCase(t, tc, opts) })
	}
}
