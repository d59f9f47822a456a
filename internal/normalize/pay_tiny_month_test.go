package normalize

import (
	"testing"

	"github.com/gigscout/gigscout/internal/model"
)

// tinyMonthCases pin pay_tiny_month.go: a sum by the month under 30 in a
// strong currency is a price, not pay. Traps: a month's stipend of a few
// hundred, a small hourly rate, and a weak currency's small monthly sum.
var tinyMonthCases = []truthCase{
	{name: "a monthly price for a bundle", p: model.Posting{Title: "Barista", DescriptionText: "Staff get a music app for $6/month with two family seats."}, pay: "-"},
	{name: "a euro price by the month", p: model.Posting{Title: "Designer", DescriptionText: "The font pack is €12 per month for the whole team."}, pay: "-"},

	{name: "trap: a month's stipend stays pay", p: model.Posting{Title: "Research Intern", DescriptionText: "Stipend: $650/month for the ten weeks."}, pay: "650 650 USD month"},
	{name: "trap: a small hourly rate stays pay", p: model.Posting{Title: "Tutor", DescriptionText: "Pay: $18/hour for evening sessions."}, pay: "18 18 USD hour"},
}

func TestTinyMonthCases(t *testing.T) { runFieldCases(t, tinyMonthCases) }
