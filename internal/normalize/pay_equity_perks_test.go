package normalize

import (
	"testing"

	"github.com/gigscout/gigscout/internal/model"
)

// equityPerksCases pin pay_equity_perks.go: an amount granted in equity
// and an amount a "Perks" clause opens with are no pay. Traps: the salary
// beside an equity grant, a salary "in base pay", a stipend with no perk
// word, "perks" inside another word.
var equityPerksCases = []truthCase{
	{name: "stock options after the amount", p: model.Posting{Title: "Platform Engineer", DescriptionText: "New hires are granted $80k in stock options, vesting over four years."}, pay: "-"},
	{name: "restricted stock units", p: model.Posting{Title: "Platform Engineer", DescriptionText: "Joining grant: $25,000 in RSUs."}, pay: "-"},
	{name: "worth of shares", p: model.Posting{Title: "Platform Engineer", Locations: []string{"Dublin, Ireland"}, DescriptionText: "You also get €12,000 worth of shares each year."}, pay: "-"},
	{name: "perks clause before the real salary", p: model.Posting{Title: "Platform Engineer", DescriptionText: "Perks up to $15 - $25 daily for meals. Base salary $140,000 - $160,000."}, pay: "140000 160000 USD year"},
	{name: "perk with a colon", p: model.Posting{Title: "Platform Engineer", DescriptionText: "Perk: $300 for your desk setup."}, pay: "-"},

	{name: "trap: the salary beside an equity grant", p: model.Posting{Title: "Platform Engineer", DescriptionText: "Salary $150,000 plus $40,000 in equity."}, pay: "150000 150000 USD year"},
	{name: "trap: in base pay is pay", p: model.Posting{Title: "Platform Engineer", DescriptionText: "Up to $130,000 in base pay, depending on level."}, pay: "130000 130000 USD year"},
	{name: "trap: a monthly stipend with no perk word", p: model.Posting{Title: "Research Intern", DescriptionText: "Interns receive a stipend of $1,800 per month."}, pay: "1800 1800 USD month"},
	{name: "trap: perks inside a word", p: model.Posting{Title: "Platform Engineer", DescriptionText: "Superks: $45 per hour."}, pay: "45 45 USD hour"},
}

func TestEquityPerksCases(t *testing.T) {
	for _, tc := range equityPerksCases {
		t.Run(tc.name, func(t *testing.T) { checkFieldCase(t, tc, fieldCaseOpts) })
	}
}
