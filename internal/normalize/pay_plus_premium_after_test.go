package normalize

import (
	"testing"

	"github.com/gigscout/gigscout/internal/model"
)

// A named add-on after "plus" is not the rate. In this project's own words,
// with traps.
var plusAddOnAfterCases = []truthCase{
	{name: "an add-on after plus leaves the base rate", p: model.Posting{Title: "Warehouse Associate", DescriptionText: "Starting Hourly Pay: $19.25, plus $3.00 per hour weekend premium."}, pay: "19.25 19.25 USD hour"},
	{name: "a training add-on after a plus sign", p: model.Posting{Title: "Call Agent", DescriptionText: "Base: $17.75/hr + $1.25/hr bilingual pay"}, pay: "17.75 17.75 USD hour"},
	{name: "trap: training pay with no plus is the rate", p: model.Posting{Title: "Call Agent", DescriptionText: "Training pay: $16/hr for the first two weeks."}, pay: "16 16 USD hour"},
	{name: "trap: an amount after plus with no add-on named", p: model.Posting{Title: "Call Agent", PayText: "$18/hr plus $2/hr"}, pay: "!-"},
}

func TestPlusAddOnAfterCases(t *testing.T) { runFieldCases(t, plusAddOnAfterCases) }
