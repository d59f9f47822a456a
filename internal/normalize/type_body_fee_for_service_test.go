package normalize

import (
	"testing"

	"github.com/gigscout/gigscout/internal/model"
)

// feeForServiceBodyCases pin type_body_fee_for_service.go. Traps: a
// practice billing on that model, a billing skill, the organisation
// describing itself.
var feeForServiceBodyCases = []truthCase{
	{name: "a fee-for-service position", p: model.Posting{Title: "Counselor", DescriptionText: "This is a fee-for-service position with flexible hours."}, jobType: "contract"},
	{name: "on a fee for service basis", p: model.Posting{Title: "Psychologist", DescriptionText: "Clinicians join us on a fee for service basis."}, jobType: "contract"},
	{name: "hiring fee-for-service clinicians", p: model.Posting{Title: "Therapist", DescriptionText: "We are hiring fee-for-service clinicians for the new site."}, jobType: "contract"},

	{name: "trap: practice billing model", p: model.Posting{Title: "Front Desk Coordinator", DescriptionText: "Our practice bills insurers on a fee-for-service model."}, jobType: "unknown"},
	{name: "trap: a billing skill", p: model.Posting{Title: "Medical Biller", DescriptionText: "Fee-for-service billing experience preferred."}, jobType: "unknown"},
	{name: "trap: the organisation itself", p: model.Posting{Title: "Care Coordinator", DescriptionText: "We are a fee-for-service provider in the county."}, jobType: "unknown"},
}

func TestFeeForServiceBodyCases(t *testing.T) { runFieldCases(t, feeForServiceBodyCases) }
