package model

// FlagLabels name the red flags briefly, for people: the pages' badges
// and facets and the digest e-mails use the same words.
var FlagLabels = map[string]string{
	"UNPAID": "Unpaid", "PAY_UNSPECIFIED": "Pay not stated", "PAY_BELOW_FLOOR": "Low pay",
	"VAGUE_NO_DESCRIPTION": "Little description", "VAGUE_NO_DELIVERABLES": "No clear deliverables",
	"VAGUE_NO_DURATION": "No duration stated", "VAGUE_NO_SUPERVISOR": "No mentor named",
	"VAGUE_CATCHALL_DUTIES": "Catch-all duties", "SCAM_UPFRONT_FEE": "Asks you to pay",
	"SCAM_OFFPLATFORM_CONTACT": "Off-platform contact", "SCAM_CHECK_HANDLING": "Money or check handling",
	"SCAM_PERSONAL_DATA": "Asks for personal data", "SCAM_TOO_GOOD_PAY": "Too-good-to-be-true pay",
	"SCAM_PRESSURE": "Pressure to hurry", "SCAM_ANON_EMPLOYER": "Anonymous employer", "SCAM_WFH_HYPE": "Work-from-home hype",
	"SCAM_TEMPLATE_REUSE":     "Copied ad text",
	"VAGUE_SCOPE_MASS_HIRING": "Mass hiring",
}
