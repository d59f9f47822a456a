package normalize

import (
	"testing"

	"github.com/gigscout/gigscout/internal/model"
)

// A one-off stipend joined by "+" or "plus" right after a yearly band is
// an extra on top of it: the band is the pay. Traps: the stipend alone, a
// stipend joined to another stipend.
func TestPayStipendAddedToBand(t *testing.T) {
	runFieldCases(t, []truthCase{
		{name: "plus sign and a degree stipend", p: model.Posting{Title: "Teacher", PayText: "$48,200-$81,650 + Doctorate Stipend $2,500"}, pay: "48200 81650 USD year"},
		{name: "plus word", p: model.Posting{Title: "Counselor", PayText: "$51,000 - $79,400 plus National Board stipend of $3,000"}, pay: "51000 79400 USD year"},
		{name: "in running text", p: model.Posting{Title: "Librarian", DescriptionText: "Salary schedule: $50,120-$88,900 + Bilingual Stipend $1,200 (yearly placement by experience)"}, pay: "50120 88900 USD year"},

		{name: "trap: stipend alone", p: model.Posting{Title: "Coach", PayText: "Coaching Stipend $1,900"}, pay: "1900 1900 USD project"},
		{name: "trap: two stipends joined", p: model.Posting{Title: "Mentor", PayText: "Stipend $800 + Travel Stipend $200"}, pay: "800 800 USD project"},
	})
}
