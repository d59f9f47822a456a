package normalize

import (
	"testing"
	"time"

	"github.com/gigscout/gigscout/internal/model"
)

// A flattened pair of range ends after a pay-range phrase with no pay word
// ("the base range for this role is $X $Y"). In this project's own words,
// with traps.
var spanRangeWordCases = []truthCase{
	{name: "base range for this role", p: model.Posting{Title: "Data Engineer", DescriptionText: "The Canadian base range for this role is $131,500 $168,250 plus stock."}, pay: "131500 168250 USD year"},
	{name: "hiring range then the pair", p: model.Posting{Title: "Data Engineer", DescriptionText: "Our hiring range is $98,400 $121,700 for new joiners."}, pay: "98400 121700 USD year"},
	{name: "range for the position with a code", p: model.Posting{Title: "Data Engineer", DescriptionText: "The range for the position is €72,000 €88,000 EUR."}, pay: "72000 88000 EUR year"},
	{name: "trap: a price range is no pay", p: model.Posting{Title: "Data Engineer", DescriptionText: "Our product range covers $40 $60 plans."}, pay: "-"},
	{name: "trap: second end far above the first", p: model.Posting{Title: "Data Engineer", DescriptionText: "The base range for this role is $60,000 $250,000 in total."}, pay: "-"},
	{name: "trap: different signs stay apart", p: model.Posting{Title: "Data Engineer", DescriptionText: "The base range for this role is £61,000 $80,000."}, pay: "-"},
}

func TestSpanRangeWordCases(t *testing.T) {
	opts := Options{Now: time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)}
	for _, tc := range spanRangeWordCases {
		t.Run(tc.name, func(t *testing.T) { checkTruthCase(t, tc, opts) })
	}
}
