package normalize

import (
	"testing"

	"github.com/gigscout/gigscout/internal/model"
)

// yearBeforeAmountCases pin that a plain year joined by a dash to a signed
// amount is not the range's first end: "Fall 2026 - $38/hr" pays $38 an
// hour. Traps: a real range whose first end lacks the sign keeps both ends,
// and a four-digit figure with a separator is no year.
var yearBeforeAmountCases = []truthCase{
	{name: "season year then an hourly rate", p: model.Posting{Title: "Research Intern", PayText: "Fall 2026 - $38.50 per hour"}, pay: "38.5 38.5 USD hour"},
	{name: "cohort year and an em dash", p: model.Posting{Title: "Research Intern", PayText: "Cohort 2028 \u2014 $41/hr"}, pay: "41 41 USD hour"},
	{name: "year then a yearly salary far above it", p: model.Posting{Title: "Analyst", PayText: "Start date 2026 - $72,000 per year"}, pay: "72000 72000 USD year"},

	{name: "trap: real range with the sign on the second end", p: model.Posting{Title: "Analyst", PayText: "2000 - $2600 per month"}, pay: "2000 2600 USD month"},
	{name: "trap: thousands separator is no year", p: model.Posting{Title: "Analyst", PayText: "2,050 - $2,400 per month"}, pay: "2050 2400 USD month"},
}

func TestYearBeforeAmountCases(t *testing.T) {
	runFieldCases(t, yearBeforeAmountCases)
}
