package normalize

import (
	"regexp"

	"github.com/gigscout/gigscout/internal/model"
)

// bodyFeeForService is "fee-for-service" naming the post itself in the
// text: "a fee-for-service position", "on a fee-for-service basis", "fee
// for service contractor". Clinicians paid per visit or case are engaged
// this way, so it is contract work, as the title reading in
// type_title_tax_form.go has it. A practice that bills its patients on a
// fee-for-service model says nothing of how the post is engaged and is
// not read.
var bodyFeeForService = regexp.MustCompile(`(?i)\bfee[- ]for[- ]service\s+(?:position|role|job|opportunity|basis|contract(?:or)?|clinician)s?\b`)

// feeForServiceBodyType reads bodyFeeForService: contract, else unknown.
func feeForServiceBodyType(text string) model.JobType {
	if !hasFold(text, "fee") || !bodyFeeForService.MatchString(text) {
		return model.TypeUnknown
	}
	return model.TypeContract
}
