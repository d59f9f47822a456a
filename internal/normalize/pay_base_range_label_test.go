package normalize

import (
	"testing"

	"github.com/gigscout/gigscout/internal/model"
)

// baseRangeLabelCases pin the "range"/"band" word allowed after the base
// mark in pay_base_ote.go: a base salary range named after a total
// compensation figure is the pay. Traps: a total figure alone, and a base
// figure written first.
var baseRangeLabelCases = []truthCase{
	{name: "total then base salary range", p: model.Posting{Title: "Director", DescriptionText: "Total compensation $260,000 - $380,000 with equity; base salary range $170,000 - $205,000"}, pay: "170000 205000 USD year"},
	{name: "total then base band", p: model.Posting{Title: "Director", DescriptionText: "Total comp $260,000 - $380,000. Base band: $170,000 - $205,000."}, pay: "170000 205000 USD year"},

	{name: "trap: total figure alone", p: model.Posting{Title: "Director", DescriptionText: "Total compensation $260,000 - $380,000 with equity"}, pay: "260000 380000 USD year"},
	{name: "trap: base first stays", p: model.Posting{Title: "Director", DescriptionText: "Base salary range $170,000 - $205,000; total compensation $260,000 - $380,000"}, pay: "170000 205000 USD year"},
}

func TestBaseRangeLabelCases(t *testing.T) { runFieldCases(t, baseRangeLabelCases) }
