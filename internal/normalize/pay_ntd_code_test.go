package normalize

import (
	"testing"
	"time"

	"github.com/gigscout/gigscout/internal/model"
)

// ntdCodeCases pin "NTD", Taiwan's own name for its dollar, read as a code
// of its own before or after an amount ("NTD 28,000", "36,000 NTD a
// month"), not only before a dollar sign. With no period a Taiwanese
// dollar amount is a month's, as "TWD 28,000" is. Traps: "NTD" before a
// count or a year is no money.
var ntdCodeCases = []truthCase{
	{name: "ntd before a bare amount in the pay field", p: model.Posting{Title: "Barista", PayText: "NTD 28,000"}, pay: "28000 28000 TWD month"},
	{name: "ntd range with a month", p: model.Posting{Title: "Engineer", PayText: "NTD 45,000 - 60,000 / month"}, pay: "45000 60000 TWD month"},
	{name: "ntd after the amount in the text", p: model.Posting{Title: "Intern", DescriptionText: "Interns receive 26,400 NTD each month."}, pay: "26400 26400 TWD month"},
	{name: "ntd a year", p: model.Posting{Title: "Analyst", DescriptionText: "Annual salary: NTD 900,000 per year."}, pay: "900000 900000 TWD year"},
	{name: "ntd before a dollar sign still", p: model.Posting{Title: "Tutor", PayText: "NTD $650 per hour"}, pay: "650 650 TWD hour"},
	{name: "trap: ntd as a count of cases", p: model.Posting{Title: "Nurse", DescriptionText: "Our clinic sees NTD 40 patients in a week."}, pay: "-"},
	{name: "trap: ntd before a year", p: model.Posting{Title: "Researcher", DescriptionText: "Present at the NTD 2026 symposium."}, pay: "-"},
	{name: "trap: an ntd acronym in a title", p: model.Posting{Title: "NTD Programme Officer", DescriptionText: "Coordinate work on neglected tropical diseases."}, pay: "-"},
}

func TestNTDCodeCases(t *testing.T) {
	opts := Options{Now: time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)}
	for _, tc := range ntdCodeCases {
		t.Run(tc.name, func(t *testing.T) { checkTruthCase(t, tc, opts) })
	}
}
