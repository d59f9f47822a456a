package normalize

import (
	"testing"
	"time"

	"github.com/gigscout/gigscout/internal/model"
)

// A reward figure with its word after it, then the pay for an hour or a
// year: the reward word names the first figure only. In this project's own
// words, with traps.
var figureRewardThenRateCases = []truthCase{
	{name: "referral figure then an hourly rate", p: model.Posting{Title: "Warehouse Associate", DescriptionText: "Earn up to $1,500 referral $19 per hour on nights."}, pay: "19 19 USD hour"},
	{name: "referral bonus figure then a slash rate", p: model.Posting{Title: "Caregiver", DescriptionText: "$750 referral bonus: $21/hr for weekend shifts."}, pay: "21 21 USD hour"},
	{name: "bonus figure then a yearly salary", p: model.Posting{Title: "Site Manager", DescriptionText: "£3,000 joining bonus, £48,000 per year."}, pay: "48000 48000 GBP year"},
	{name: "trap: a referral reward with no pay after it", p: model.Posting{Title: "Driver", DescriptionText: "Get a $500 referral bonus for each friend you bring."}, pay: "-"},
	{name: "trap: a reward then a monthly perk", p: model.Posting{Title: "Nurse", DescriptionText: "$2,000 sign-on bonus $150 per month phone stipend."}, pay: "-"},
	{name: "trap: a referral word with no figure before it", p: model.Posting{Title: "Recruiter", DescriptionText: "Our referral $300 per hire program is open to all."}, pay: "-"},
}

func TestFigureRewardThenRateCases(t *testing.T) {
	opts := Options{Now: time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)}
	for _, tc := range figureRewardThenRateCases {
		t.Run(tc.name, func(t *testing.T) { checkTruthCase(t, tc, opts) })
	}
}
