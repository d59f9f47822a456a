package normalize

import (
	"testing"

	"github.com/gigscout/gigscout/internal/model"
)

// Three or more amounts joined by slashes are tiers, not one pay. In this
// project's own words, with traps.
var slashListCases = []truthCase{
	{name: "a slash list of three tiers is no one pay", p: model.Posting{Title: "Cashier", PayText: "900 / 1100 / 1300 AZN monthly"}, pay: "-"},
	{name: "trap: two amounts with a slash stay read", p: model.Posting{Title: "Cashier", PayText: "1100/1300 AZN monthly"}, pay: "!-"},
	{name: "trap: a rate's own slash", p: model.Posting{Title: "Cashier", PayText: "$14/hr"}, pay: "14 14 USD hour"},
}

func TestSlashListCases(t *testing.T) { runFieldCases(t, slashListCases) }
