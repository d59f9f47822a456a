package normalize

import (
	"testing"

	"github.com/gigscout/gigscout/internal/model"
)

// labelledBoundPairCases pin a band written as a labelled minimum and
// maximum whose figures are too small to look like a salary: the labels
// make it pay, its period taken from the size. Traps: a lone labelled
// minimum, labels of an order or a bid, and a minimum and maximum of
// something with no currency keep their old readings.
var labelledBoundPairCases = []truthCase{
	{name: "step band with small hourly figures", p: model.Posting{Title: "Warehouse Associate", DescriptionText: "Step 2 - Minimum $21.50 - Maximum $24.00"}, pay: "21.5 24 USD hour"},
	{name: "colon labels and no separator", p: model.Posting{Title: "Library Aide", DescriptionText: "Minimum: $16.25 Maximum: $19.75"}, pay: "16.25 19.75 USD hour"},
	{name: "slash between lower case labels", p: model.Posting{Title: "Cook", DescriptionText: "Band 3: minimum €14.10 / maximum €16.90"}, pay: "14.1 16.9 EUR hour"},
	{name: "salary-sized band unchanged", p: model.Posting{Title: "Planner", DescriptionText: "Grade B - Minimum $58,000 - Maximum $71,000"}, pay: "58000 71000 USD year"},

	{name: "trap: a lone labelled minimum", p: model.Posting{Title: "Warehouse Associate", DescriptionText: "Step 2 - Minimum $21.50"}, pay: "!21.5 21.5 USD hour"},
	{name: "trap: order limits are no pay band", p: model.Posting{Title: "Cashier", DescriptionText: "Minimum order $15.00 - Maximum order $40.00 for delivery."}, pay: "!15 40 USD hour"},
	{name: "trap: a bid range is no pay band", p: model.Posting{Title: "Auction Assistant", DescriptionText: "Minimum bid $5 and maximum bid $50 per lot."}, pay: "!5 50 USD hour"},
	{name: "trap: minimum and maximum of a count", p: model.Posting{Title: "Trainer", DescriptionText: "Minimum 8 - Maximum 12 trainees per class."}, pay: "-"},
}

func TestLabelledBoundPairCases(t *testing.T) {
	runFieldCases(t, labelledBoundPairCases)
}
