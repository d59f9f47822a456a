package normalize

import (
	"testing"
	"time"

	"github.com/gigscout/gigscout/internal/model"
)

// A prize named by the verb "win" before its amount is no pay for work
// (pay_win_reward.go); traps keep salaries, other words ending in "win",
// a win verb far from the amount and what a contest's winner receives as
// they were.
var winRewardCases = []truthCase{
	{name: "imperative win before a prize", p: model.Posting{Title: "Student robotics challenge", DescriptionText: "Design. Build. Win $18,000. Runs May to July."}, pay: "-"},
	{name: "a chance to win up to a sum", p: model.Posting{Title: "Logo challenge", DescriptionText: "Enter for a chance to win up to €2,500 and see your mark on our trucks."}, pay: "-"},
	{name: "could win a share of a sum", p: model.Posting{Title: "Open data sprint", DescriptionText: "Teams could win a share of £30,000."}, pay: "-"},
	{name: "trap: a salary after a sentence about winning", p: model.Posting{Title: "Account executive", DescriptionText: "Help us win new customers. Base salary: $95,000 per year."}, pay: "95000 95000 USD year"},
	{name: "trap: a word ending in win", p: model.Posting{Title: "Data engineer", DescriptionText: "Digital twin $120,000 - $140,000 per year"}, pay: "120000 140000 USD year"},
	{name: "trap: what a contest winner receives", p: model.Posting{Title: "Mascot contest", DescriptionText: "The winner receives $700 and credit on the packaging."}, pay: "700 700 USD project"},
	{name: "trap: win-win before a salary", p: model.Posting{Title: "Recruiter", DescriptionText: "A true win-win $70,000 a year role."}, pay: "70000 70000 USD year"},
}

func TestWinRewardCases(t *testing.T) {
	opts := Options{Now: time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)}
	for _, tc := range winRewardCases {
		t.Run(tc.name, func(t *testing.T) { checkTruthCase(t, tc, opts) })
	}
}
