package normalize

import (
	"testing"
	"time"

	"github.com/gigscout/gigscout/internal/model"
)

// A bracket naming what the figure is made of is a label, not a bonus. In
// this project's own words, with traps.
var basePlusBonusCases = []truthCase{
	{name: "base plus bonus bracket before a range", p: model.Posting{Title: "Counselor", DescriptionText: "Annual Salary: (base + bonus) $62,000-$71,000"}, pay: "62000 71000 USD year"},
	{name: "base plus commission in words", p: model.Posting{Title: "Sales Rep", PayText: "(base plus commission) $85,000 - $95,000"}, pay: "85000 95000 USD year"},
	{name: "trap: a bonus amount with a label", p: model.Posting{Title: "Nurse", DescriptionText: "Signing bonus: $7,500 for new hires."}, pay: "-"},
	{name: "trap: a bonus bracket that is no breakdown", p: model.Posting{Title: "Nurse", DescriptionText: "Extra pay (retention bonus) $3,000 after a year."}, pay: "-"},
}

func TestBasePlusBonusCases(t *testing.T) {
	opts := Options{Now: time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)}
	for _, tc := range basePlusBonusCases {
		t.Run(tc.name, func(t *testing.T) { checkTruthCase(t, tc, opts) })
	}
}
