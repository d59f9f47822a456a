package normalize

import (
	"testing"

	"github.com/gigscout/gigscout/internal/model"
)

// unitBothEndsCases pin the period "ph" (per hour) after an amount and
// ranges whose two ends each carry the period, with a currency sign or
// none (barepay_unit_both_ends.go, unitAfter in pay.go). Traps: a second
// amount of another period, an upper-case "PH" after a peso amount (the
// Philippines, no period), a single amount, and a range with no pay word.
var unitBothEndsCases = []truthCase{
	{name: "pound ph ends in a pay field", p: model.Posting{Title: "Porter", PayText: "£11 ph - £13 ph"}, pay: "11 13 GBP hour"},
	{name: "pound ph ends joined by to", p: model.Posting{Title: "Porter", DescriptionText: "Weekend shifts pay £12.50 ph to £14 ph depending on the site."}, pay: "12.5 14 GBP hour"},
	{name: "glued ph ends", p: model.Posting{Title: "Porter", PayText: "€16ph-€19ph"}, pay: "16 19 EUR hour"},
	{name: "bare ph ends after a pay word", p: model.Posting{Title: "Shop Assistant", DescriptionText: "Shop work that pays 11 ph to 14ph, evenings only."}, pay: "11 14 USD hour"},
	{name: "bare slash-hr ends after a pay word", p: model.Posting{Title: "Shop Assistant", DescriptionText: "The rate is 18/hr - 23/hr for new starters."}, pay: "18 23 USD hour"},
	{name: "bare hourly ends", p: model.Posting{Title: "Helper", DescriptionText: "You will earn 16 hourly to 19 hourly."}, pay: "16 19 USD hour"},

	{name: "trap: second end of another period", p: model.Posting{Title: "Helper", DescriptionText: "We pay 14 ph to 150 per day on weekends."}, pay: "14 14 USD hour"},
	{name: "trap: upper-case PH after pesos", p: model.Posting{Title: "Writer", PayText: "₱700 PH"}, pay: "!700 700 PHP hour"},
	{name: "trap: single ph amount", p: model.Posting{Title: "Cleaner", PayText: "£12.10 ph"}, pay: "12.1 12.1 GBP hour"},
	{name: "trap: bare range with no pay word", p: model.Posting{Title: "Helper", DescriptionText: "Shifts near the depot, 12-15/h, start Monday."}, pay: "-"},
}

func TestUnitBothEndsCases(t *testing.T) { runFieldCases(t, unitBothEndsCases) }
