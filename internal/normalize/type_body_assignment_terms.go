package normalize

import (
	"regexp"
	"strings"

	"github.com/gigscout/gigscout/internal/model"
)

// Two ways a description states the engagement in so many words:
//
//   - a staffing agency's label for the assignment's length ("Length of
//     assignment: permanent", "Length of the engagement: ongoing"): a
//     permanent or open-ended one is full-time like the same word in a
//     type field, a length or "temporary" a contract;
//   - a sentence that says who the job is for: "The opening is for a
//     freelance contractor" (a privacy notice naming employment "or an
//     independent contractor role" is not one: contractorBoilerplate).

// assignmentLabelWords is the word gate (word_gate.go) of the label's words.
var assignmentLabelWords = newExactGate("duration of", "length of")

// assignmentDuration is the label and its value.
var assignmentDuration = regexp.MustCompile(`(?i)\b(?:duration|length) of (?:the )?(?:assignment|engagement|contract|placement)\s*:\s*(permanent|ongoing|indefinite|open[- ]ended|temporary|temp|fixed[- ]term|\d{1,2}\s*\+?\s*(?:-\s*\d{1,2}\s*)?(?:weeks?|months?))`)

// roleForContractor is a job said to be for a contractor.
var roleForContractor = regexp.MustCompile(`(?i)\b(?:role|position|job|opening|engagement|opportunity) is (?:for|open to) an? (?:independent |freelance |self-employed |1099 )?contractor\b`)

// assignmentDurationType reads the label: full-time for a permanent or
// open-ended assignment, contract for a length or a temporary one,
// unknown without the label.
func assignmentDurationType(text string) model.JobType {
	if !assignmentLabelWords.may(text) || (!containsFold(text, "duration of") && !containsFold(text, "length of")) {
		return model.TypeUnknown
	}
	m := assignmentDuration.FindStringSubmatch(text)
	if m == nil {
		return model.TypeUnknown
	}
	switch v := strings.ToLower(m[1]); {
	case v == "permanent" || v == "ongoing" || v == "indefinite" || strings.HasPrefix(v, "open"):
		return model.TypeFullTime
	default:
		return model.TypeContract
	}
}

// roleForContractorType is contract when the text says the job is for a
// contractor, else unknown.
func roleForContractorType(text string) model.JobType {
	if !containsFold(text, "contractor") || !containsFold(text, "is for a") && !containsFold(text, "is open to a") {
		return model.TypeUnknown
	}
	for _, m := range roleForContractor.FindAllStringIndex(text, 4) {
		if rest := text[m[1]:]; strings.HasPrefix(rest, "'") || strings.HasPrefix(rest, "’") {
			continue // "a contractor's safety officer": the contractor owns the role
		}
		if !contractorBoilerplate.MatchString(text[max(0, m[0]-40):m[0]]) {
			return model.TypeContract
		}
	}
	return model.TypeUnknown
}
