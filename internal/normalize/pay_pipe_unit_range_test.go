package normalize

import (
	"testing"

	"github.com/gigscout/gigscout/internal/model"
)

// pipeUnitRangeCases pin pay_pipe_unit_range.go: in a pay field, two ends
// that each carry currency and period, split by a pipe, are one range.
// Traps: ends of different periods, ends far apart in size, and the same
// shape in running text.
var pipeUnitRangeCases = []truthCase{
	{name: "two yearly cells with codes", p: model.Posting{Title: "Data Engineer", PayText: "USD $96,000.00/Yr. | USD $131,000.00/Yr."}, pay: "96000 131000 USD year"},
	{name: "two hourly cells", p: model.Posting{Title: "Technician", PayText: "$24.50/hr | $31.00/hr"}, pay: "24.5 31 USD hour"},

	{name: "trap: an hourly and a yearly cell", p: model.Posting{Title: "Technician", PayText: "$24/hr | $52,000/yr"}, pay: "24 24 USD hour"},
	{name: "trap: cells far apart", p: model.Posting{Title: "Technician", PayText: "$18/hr | $60/hr"}, pay: "18 18 USD hour"},
	{name: "trap: the same shape in running text", p: model.Posting{Title: "Technician", DescriptionText: "Day shift $20/hr | night shift $26/hr."}, pay: "20 20 USD hour"},
}

func TestPipeUnitRangeCases(t *testing.T) { runFieldCases(t, pipeUnitRangeCases) }
