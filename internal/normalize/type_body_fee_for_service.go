package normalize

import (
	"github.com/gigscout/gigscout/internal/model"
)

// bodyFeeForService is "fee-for-service" naming the post itself in the
// text: "a fee-for-service position", "on a fee-for-service basis", "fee
// for service contractor". Clinicians paid per visit or case are engaged
// this way, so it is contract work, as the title reading in
// type_title_tax_form.go has it. A practice that bills its patients on a
// fee-for-service model says nothing of how the post is engaged and is
// not read.
// It is tried only around its key words (the shared key scan): "fee"
// alone is in most texts ("feedback").
var bodyFeeForService = newKeyRegexp(`(?i)\bfee[- ]for[- ]service\s+(?:position|role|job|opportunity|basis|contract(?:or)?|clinician)s?\b`, 0, 40,
	"fee-for-service", "fee for service", "fee-for service", "fee for-service")

// feeForServiceBodyType reads bodyFeeForService: contract, else unknown.
func feeForServiceBodyType(text string) model.JobType {
	if bodyFeeForService.FindStringIndex(text) == nil {
		return model.TypeUnknown
	}
	return model.TypeContract
}
