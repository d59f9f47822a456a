package normalize

import (
	"testing"

	"github.com/gigscout/gigscout/internal/model"
)

// A range whose ends stand right against a minus sign is one range. In this
// project's own words, with traps.
var minusGluedRangeCases = []truthCase{
	{name: "minus sign glued between euro ends", p: model.Posting{Title: "Platform Engineer", PayText: "€5500−7200/month"}, pay: "5500 7200 EUR month"},
	{name: "minus sign glued between dollar ends", p: model.Posting{Title: "Data Engineer", PayText: "$118,000−$142,000 per year"}, pay: "118000 142000 USD year"},
	{name: "trap: spaced minus sign range stays read", p: model.Posting{Title: "Data Engineer", PayText: "$118,000 − $142,000 per year"}, pay: "118000 142000 USD year"},
	{name: "trap: minus sign before words", p: model.Posting{Title: "Courier", PayText: "£12.40/hr −not negotiable"}, pay: "12.4 12.4 GBP hour"},
}

func TestMinusGluedRangeCases(t *testing.T) { runFieldCases(t, minusGluedRangeCases) }
