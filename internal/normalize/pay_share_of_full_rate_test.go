package normalize

import (
	"testing"
	"time"

	"github.com/gigscout/gigscout/internal/model"
)

// A pay line that opens with a share of a full-time amount names no pay of
// its own. In this project's own words, with traps.
var shareOfFullRateCases = []truthCase{
	{name: "share of a euro rate in the field", p: model.Posting{Title: "Lab Assistant", PayText: "70% of €60,000 per year, pro rata"}, pay: "-"},
	{name: "share of a dollar band in the field", p: model.Posting{Title: "Case Worker", PayText: "60% of $82,000 - $90,500 per annum"}, pay: "-"},
	{name: "share of a pound band on its own line", p: model.Posting{Title: "Librarian", DescriptionText: "Salary:\n50% of £38,000 - £41,000 per annum"}, pay: "-"},
	{name: "share after a bullet", p: model.Posting{Title: "Tutor", DescriptionText: "Terms:\n- 40 % of £27,500 a year"}, pay: "-"},
	{name: "trap: a bonus reckoned on the salary later in the line", p: model.Posting{Title: "Planner", DescriptionText: "Base salary $118,000; bonus up to 15% of $118,000."}, pay: "118000 118000 USD year"},
	{name: "trap: a training share mid-sentence", p: model.Posting{Title: "Apprentice", DescriptionText: "Trainees are paid 90% of $40/hr for the first month."}, pay: "40 40 USD hour"},
	{name: "trap: a percent bonus after the band", p: model.Posting{Title: "Buyer", PayText: "$96,000 - $104,000 + 8% of base as bonus"}, pay: "96000 104000 USD year"},
	{name: "trap: a later full figure on the line still counts", p: model.Posting{Title: "Trainee Surveyor", DescriptionText: "- 75% of £26,000 during the first term, then £26,000 a year"}, pay: "26000 26000 GBP year"},
	{name: "trap: a percent with no of", p: model.Posting{Title: "Agent", PayText: "100% $55,000 base"}, pay: "55000 55000 USD year"},
}

func TestShareOfFullRateCases(t *testing.T) {
	opts := Options{Now: time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)}
	for _, tc := range shareOfFullRateCases {
		t.Run(tc.name, func(t *testing.T) { checkTruthCase(t, tc, opts) })
	}
}
