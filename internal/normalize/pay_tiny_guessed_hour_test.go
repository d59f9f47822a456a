package normalize

import (
	"testing"

	"github.com/gigscout/gigscout/internal/model"
)

// tinyGuessedHourCases pin pay_tiny_guessed_hour.go: in running text a
// strong-currency amount under 3 with no period of its own is no hourly
// wage. Traps: a small amount with a stated period, the same amount in a
// pay field, a plausible hourly guess, and a weak currency.
var tinyGuessedHourCases = []truthCase{
	{name: "a two-dollar figure after a pay label", p: model.Posting{Title: "Warehouse Associate", DescriptionText: "Wage: $1 and overtime after forty hours."}, pay: "-"},
	{name: "a small euro figure after a salary label", p: model.Posting{Title: "Kitchen Helper", DescriptionText: "Salary: €2.50, meals on shift included."}, pay: "-"},

	{name: "trap: a stated small hourly rate stays", p: model.Posting{Title: "Survey Taker", DescriptionText: "Rate: $2.75 per hour for each panel."}, pay: "2.75 2.75 USD hour"},
	{name: "trap: a small figure in the pay field stays", p: model.Posting{Title: "Survey Taker", PayText: "$2.50"}, pay: "2.5 2.5 USD hour"},
	{name: "trap: a usual hourly guess stays", p: model.Posting{Title: "Barista", DescriptionText: "Wage: $17 plus tips."}, pay: "17 17 USD hour"},
}

func TestTinyGuessedHourCases(t *testing.T) { runFieldCases(t, tinyGuessedHourCases) }
