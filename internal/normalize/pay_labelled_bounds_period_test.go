package normalize

import (
	"testing"

	"github.com/gigscout/gigscout/internal/model"
)

// labelledBoundsPeriodCases pin two-field ranges whose labels carry the
// period after a slash ("Minimum/yr:", "Maximum/hr:"): the two figures are
// one range, as they are with the bare labels. Traps: a lone labelled
// minimum with a period stays one figure, the two ends with different
// periods are not joined, and a "Min/Max" label pair stays as it was.
var labelledBoundsPeriodCases = []truthCase{
	{name: "yearly labels on two lines", p: model.Posting{Title: "Analyst", DescriptionText: "Pay details\nSalary / Rate Minimum/yr: $88,000\nSalary / Rate Maximum/yr: $104,500\nBenefits apply."}, pay: "88000 104500 USD year"},
	{name: "hourly labels on one line", p: model.Posting{Title: "Technician", DescriptionText: "Compensation: Minimum/hr: $31.50 Maximum/hr: $44.00, plus shift pay."}, pay: "31.5 44 USD hour"},
	{name: "spaced slash and a year word", p: model.Posting{Title: "Planner", DescriptionText: "Minimum / year: €52,000 — Maximum / year: €61,000"}, pay: "52000 61000 EUR year"},

	{name: "trap: a lone labelled minimum with a period", p: model.Posting{Title: "Analyst", DescriptionText: "Salary Minimum/yr: $70,000. Relocation support offered."}, pay: "70000 70000 USD year"},
	{name: "trap: ends with different periods are not joined", p: model.Posting{Title: "Analyst", DescriptionText: "Minimum/yr: $70,000 and Maximum/hr: $55 for overtime cover."}, pay: "70000 70000 USD year"},
	{name: "trap: a bare min max pair still joins", p: model.Posting{Title: "Analyst", DescriptionText: "Minimum: $64,000 Maximum: $79,000"}, pay: "64000 79000 USD year"},
}

func TestLabelledBoundsPeriodCases(t *testing.T) {
	runFieldCases(t, labelledBoundsPeriodCases)
}
