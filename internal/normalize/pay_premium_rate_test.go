package normalize

import (
	"testing"

	"github.com/gigscout/gigscout/internal/model"
)

// "premium" right before a pay noun is a higher rate that is the pay
// ("Premium pay rate of $27/hr"); alone, or as a bonus or an insurance
// premium, it names no pay.
func TestPayPremiumRate(t *testing.T) {
	runFieldCases(t, []truthCase{
		{name: "premium pay rate", p: model.Posting{Title: "ICU Nurse", DescriptionText: "Premium pay rate of $61/hr for crisis shifts."}, pay: "61 61 USD hour"},
		{name: "premium pay label", p: model.Posting{Title: "Picker", DescriptionText: "Premium pay: $23.50/hr during peak season."}, pay: "23.5 23.5 USD hour"},
		{name: "premium hourly rate", p: model.Posting{Title: "Tutor", DescriptionText: "Premium hourly rate: $40 per hour for exam prep."}, pay: "40 40 USD hour"},

		{name: "trap: a premium alone", p: model.Posting{Title: "Technician", DescriptionText: "On-call weeks earn a premium of $450 per month."}, pay: "-"},
		{name: "trap: insurance premiums", p: model.Posting{Title: "Clerk", DescriptionText: "Insurance premiums of $180 per month are paid for you."}, pay: "-"},
		{name: "trap: a Hungarian bonus", p: model.Posting{Title: "Könyvelő", DescriptionText: "Éves prémium 300 000 Ft."}, pay: "-"},
	})
}
