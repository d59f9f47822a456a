package normalize

import (
	"testing"
	"time"

	"github.com/gigscout/gigscout/internal/model"
)

// A guessed hourly rate under 10 rupees or yen is no wage; a stated
// period or a real rate stays. In this project's own words, with traps.
var tinyLocalHourCases = []truthCase{
	{name: "tiny rupee range in the pay field", p: model.Posting{Title: "Analyst", PayText: "₹3 - 4"}, pay: "-"},
	{name: "tiny yen figure in the pay field", p: model.Posting{Title: "Tutor", PayText: "¥5"}, pay: "-"},
	{name: "trap: rupee rate with a stated hour", p: model.Posting{Title: "Tutor", PayText: "₹300 - 400 per hour"}, pay: "300 400 INR hour"},
	{name: "trap: dollar small range is left to its own rules", p: model.Posting{Title: "Tutor", PayText: "$5 - $8"}, pay: "5 8 USD hour"},
}

func TestTinyLocalHourCases(t *testing.T) {
	opts := Options{Now: time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)}
	for _, tc := range tinyLocalHourCases {
		t.Run(tc.name, func(t *testing.T) { checkTruthCase(t, tc, opts) })
	}
}
