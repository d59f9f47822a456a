package normalize

import (
	"testing"

	"github.com/gigscout/gigscout/internal/model"
)

// bonusThenBaseCases pin a salary named right after a one-off bonus and
// joined to it by "and" or "plus" (pay_bonus_then_base.go). Traps: the
// bonus alone, a joined amount that is another extra, and a joined amount
// with no base, salary or period label.
var bonusThenBaseCases = []truthCase{
	{name: "sign-on bonus and base range", p: model.Posting{Title: "Platform Engineer", PayText: "$7,500 sign-on bonus and $128,000 - $142,000 base"}, pay: "128000 142000 USD year"},
	{name: "sign-on bonus plus yearly figure", p: model.Posting{Title: "Platform Engineer", PayText: "£3,000 sign-on bonus plus £61,000 per year"}, pay: "61000 61000 GBP year"},
	{name: "retention bonus and hourly rate", p: model.Posting{Title: "Warehouse Associate", PayText: "$1,500 retention bonus and $23.50 an hour"}, pay: "23.5 23.5 USD hour"},
	{name: "in text: bonus and salary", p: model.Posting{Title: "Platform Engineer", DescriptionText: "We offer a $6,000 signing bonus and $99,000 salary to the right person."}, pay: "99000 99000 USD year"},

	{name: "trap: bonus alone", p: model.Posting{Title: "Platform Engineer", PayText: "$7,500 sign-on bonus"}, pay: "-"},
	{name: "trap: bonus and moving sum", p: model.Posting{Title: "Platform Engineer", DescriptionText: "There is a joining bonus and $4,000 relocation support."}, pay: "-"},
	{name: "trap: bonus and an unlabelled amount", p: model.Posting{Title: "Platform Engineer", DescriptionText: "Each hire gets a referral bonus and $900 in gift cards."}, pay: "-"},
}

func TestBonusThenBaseCases(t *testing.T) {
	for _, tc := range bonusThenBaseCases {
		t.Run(tc.name, func(t *testing.T) { checkFieldCase(t, tc, fieldCaseOpts) })
	}
}
