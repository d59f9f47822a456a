package normalize

import "github.com/gigscout/gigscout/internal/model"

// lateBodyType is tried after every other description reader: an interim
// hire or W-2 hourly pay (type_interim_w2.go), then a full-time week stated
// only as hours (type_schedule_hours.go).
func lateBodyType(text string) model.JobType {
	if t := interimW2Type(text); t != model.TypeUnknown {
		return t
	}
	if t := ceeBodyType(text); t != model.TypeUnknown {
		return t // "program de 8 ore pe zi", "colaborare / PFA" (type_central_european_words.go)
	}
	if t := temporaryLengthType(text); t != model.TypeUnknown {
		return t // "a temporary 4-month cover position" (type_body_temporary_length.go)
	}
	if t := pptPostType(text); t != model.TypeUnknown {
		return t // "PPT role on our surgical ward" (type_body_ppt_post.go)
	}
	if t := contractStyleType(text); t != model.TypeUnknown {
		return t // "a contract-style engagement", "contract base developer" (type_body_contract_style.go)
	}
	if t := consultantAssignmentType(text); t != model.TypeUnknown {
		return t // "Individual consultant needed", "hired for a short assignment" (type_body_consultant_assignment.go)
	}
	return scheduleHoursType(text)
}
