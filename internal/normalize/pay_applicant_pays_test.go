package normalize

import (
	"testing"

	"github.com/gigscout/gigscout/internal/model"
)

// applicantPaysCases pin applicantPaysBefore (pay_applicant_fee.go): an
// amount the applicant is said to pay is a fee, so the worker's own pay
// stated beside it is read. Traps: the employer paying the worker ("we pay
// you"), the worker being paid ("you will be paid"), a payer who is no
// applicant ("Clients pay $90 an hour; you keep $60").
var applicantPaysCases = []truthCase{
	{name: "applicants pay for coaching", p: model.Posting{Title: "Transcription Reviewer", DescriptionText: "Applicants pay USD 40 per hour for mentoring sessions. This role pays USD 16 per hour."}, pay: "16 16 USD hour"},
	{name: "trainees must first pay", p: model.Posting{Title: "Transcription Reviewer", DescriptionText: "Trainees must first pay $35 an hour for the style course. Reviewers earn $14/hr."}, pay: "14 14 USD hour"},
	{name: "you will pay a weekly seat", p: model.Posting{Title: "Transcription Reviewer", DescriptionText: "You will pay $20 per week for a tool seat. The work pays $15 an hour."}, pay: "15 15 USD hour"},

	{name: "trap: we pay you", p: model.Posting{Title: "Transcription Reviewer", DescriptionText: "We pay you $17 per hour, every Friday."}, pay: "17 17 USD hour"},
	{name: "trap: you will be paid", p: model.Posting{Title: "Transcription Reviewer", DescriptionText: "You will be paid $19 per hour."}, pay: "19 19 USD hour"},
	// What clients pay is their price, not the worker's pay (badBefore), and no applicant's fee.
	{name: "trap: clients pay", p: model.Posting{Title: "Transcription Reviewer", DescriptionText: "Clients pay $90 an hour for the service; you keep $60 an hour."}, pay: "60 60 USD hour"},
	{name: "trap: clients pay, nothing else", p: model.Posting{Title: "Transcription Reviewer", DescriptionText: "Clients pay $90 an hour for the service."}, pay: "-"},
}

func TestApplicantPaysCases(t *testing.T) {
	for _, tc := range applicantPaysCases {
		t.Run(tc.name, func(t *testing.T) { checkFieldCase(t, tc, fieldCaseOpts) })
	}
}
