package normalize

import (
	"testing"

	"github.com/gigscout/gigscout/internal/model"
)

// An amount right after "additional" or "extra" is an add-on, not the pay;
// the base rate beside it is still read. Traps: the words elsewhere before
// the amount, and inside another word.
func TestPayAddOnBefore(t *testing.T) {
	runFieldCases(t, []truthCase{
		{name: "add-on alone", p: model.Posting{Title: "Night Nurse", DescriptionText: "Nurses on the night rota get an additional $4/hour over the day rate."}, pay: "-"},
		{name: "extra per hour alone", p: model.Posting{Title: "Picker", DescriptionText: "Sunday shifts pay an extra £2 per hour."}, pay: "-"},
		{name: "base then add-on", p: model.Posting{Title: "Care Aide", DescriptionText: "Pay: $22 per hour, plus an additional $1.75 per hour on weekends."}, pay: "22 22 USD hour"},
		{name: "add-on then base", p: model.Posting{Title: "Driver", DescriptionText: "Holiday routes earn an extra $3/hr. Base pay is $24/hr."}, pay: "24 24 USD hour"},
		{name: "an additional allowance", p: model.Posting{Title: "Analyst", DescriptionText: "New starters receive an additional €1,500 moving allowance."}, pay: "-"},
		{name: "code between", p: model.Posting{Title: "Tutor", DescriptionText: "Exam weeks add an extra USD 5 an hour."}, pay: "-"},

		{name: "trap: additional before a label", p: model.Posting{Title: "Tutor", DescriptionText: "Additional details: $25/hr, paid weekly."}, pay: "25 25 USD hour"},
		{name: "trap: extra hours paid at a rate", p: model.Posting{Title: "Clerk", DescriptionText: "Extra hours are paid at $30/hr."}, pay: "30 30 USD hour"},
		{name: "trap: a word ending alike", p: model.Posting{Title: "Chef", DescriptionText: "Our kitchen is an extraordinary place. Pay $21/hour."}, pay: "21 21 USD hour"},
	})
}
