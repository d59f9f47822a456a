package normalize

import (
	"testing"

	"github.com/gigscout/gigscout/internal/model"
)

// Thousands written with a "k" after a local mark ("KSh 35K - 45K") are
// read in full, by the month as other Kenyan pay with no period. Traps:
// a "k" glued to a word after, a figure too small to be pay.
func TestPayLocalMarkThousands(t *testing.T) {
	runFieldCases(t, []truthCase{
		{name: "kes k range", p: model.Posting{Title: "Sales Agent", Locations: []string{"Mombasa, Kenya"}, DescriptionText: "Pay: KSh 35K - 45K plus commission."}, pay: "35000 45000 KES month"},
		{name: "kes k range, dotted mark", p: model.Posting{Title: "Driver", DescriptionText: "Salary Kshs. 28k to 32k depending on experience."}, pay: "28000 32000 KES month"},
		{name: "kes single k", p: model.Posting{Title: "Cook", DescriptionText: "Monthly pay Ksh 25K."}, pay: "25000 25000 KES month"},

		{name: "trap: k starts a word", p: model.Posting{Title: "Clerk", DescriptionText: "Bring Ksh 50 kit fee."}, pay: "-"},
	})
}
