package normalize

import (
	"testing"
	"time"

	"github.com/gigscout/gigscout/internal/model"
)

// applicantFeeAfterCases pin pay_applicant_fee_after.go: an applicant's fee
// word right after an amount makes it no pay; traps: a fee paid to the
// worker, a denied fee after the pay, a fee word further on in the
// sentence.
var applicantFeeAfterCases = []truthCase{
	{name: "processing fee after rupees", p: model.Posting{Title: "Data entry", Locations: []string{"Pune"}, DescriptionText: "Candidates deposit Rs 2,000 processing fee before the interview."}, pay: "-"},
	{name: "training fee after dollars", p: model.Posting{Title: "Chat agent", Locations: []string{"Remote"}, DescriptionText: "Start today: $79 training fee, then unlimited chats."}, pay: "-"},
	{name: "refundable joining deposit", p: model.Posting{Title: "Packer", Locations: []string{"Delhi"}, DescriptionText: "Only ₹499 refundable joining deposit to get your ID card."}, pay: "-"},
	{name: "kit charges in a pay field", p: model.Posting{Title: "Promoter", Locations: []string{"Jaipur"}, PayText: "₹750 kit charges"}, pay: "-"},

	{name: "trap: a project fee is pay", p: model.Posting{Title: "Illustrator", Locations: []string{"Remote"}, DescriptionText: "We pay a $450 project fee for the cover art."}, pay: "450 450 USD project"},
	{name: "trap: a denied fee after the stipend", p: model.Posting{Title: "Intern", Locations: []string{"Chennai"}, DescriptionText: "Stipend ₹15,000 per month, no joining fee."}, pay: "15000 15000 INR month"},
	{name: "trap: a fee word later in the sentence", p: model.Posting{Title: "Tutor", Locations: []string{"Remote"}, DescriptionText: "Earn $25 per hour; we cover every certification fee for you."}, pay: "25 25 USD hour"},
}

func TestApplicantFeeAfterCases(t *testing.T) {
	opts := Options{Now: time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)}
	for _, tc := range applicantFeeAfterCases {
		t.Run(tc.name, func(t *testing.T) { checkFieldCaseNot(t, tc, opts) })
	}
}
