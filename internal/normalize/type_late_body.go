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
	if t := roleKindTagType(text); t != model.TypeUnknown {
		return t // "Senior Backend Engineer (full-time) with ...", "DevOps Engineer – full-time –" (type_body_role_kind_tag.go)
	}
	if t := tenureWordsENType(text); t != model.TypeUnknown {
		return t // "Fixed-term (2 years) position", "a locum pharmacist", "PRN role" (type_body_tenure_words_en.go)
	}
	if t := serviceYearStipendType(text); t != model.TypeUnknown {
		return t // "a living stipend during your term of service" (type_body_service_year.go)
	}
	if t := perDeliverablePayType(text); t != model.TypeUnknown {
		return t // "paid per task completed", "a per-episode fee" (type_body_per_deliverable_pay.go)
	}
	if t := apprenticeJoinType(text); t != model.TypeUnknown {
		return t // "Join us as an apprentice", "This apprenticeship lasts 18 months" (type_body_apprentice_join.go)
	}
	return scheduleHoursType(text)
}
