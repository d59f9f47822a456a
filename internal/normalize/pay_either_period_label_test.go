package normalize

import (
	"testing"

	"github.com/gigscout/gigscout/internal/model"
)

// A label naming a year or an hour leaves the unit to the amount's size. In
// this project's own words, with traps.
var eitherPeriodLabelCases = []truthCase{
	{name: "year or hour label, a year's size", p: model.Posting{Title: "Analyst", DescriptionText: "Yearly Salary Band or Hourly Wage Band: $71,500.00 - $96,250.00 Benefits follow."}, pay: "71500 96250 USD year"},
	{name: "hour or year label, an hour's size", p: model.Posting{Title: "Technician", DescriptionText: "Hourly or annual range: $26.40 - $33.10"}, pay: "26.4 33.1 USD hour"},
	{name: "trap: an hourly label alone keeps the hour", p: model.Posting{Title: "Technician", DescriptionText: "Hourly range: $26.40 - $33.10"}, pay: "26.4 33.1 USD hour"},
	{name: "trap: an annual label alone keeps the year", p: model.Posting{Title: "Analyst", DescriptionText: "Annual salary band: $71,500 - $96,250"}, pay: "71500 96250 USD year"},
}

func TestEitherPeriodLabelCases(t *testing.T) { runFieldCases(t, eitherPeriodLabelCases) }
