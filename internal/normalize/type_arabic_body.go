package normalize

import (
	"regexp"

	"github.com/gigscout/gigscout/internal/model"
)

var (
	// arabicContractTerm is a contract for a stated time in Arabic: "عقد
	// لمدة سنة" (a contract for a year), "عقد لمدة ستة أشهر", "عقد سنوي" (a
	// yearly contract).
	arabicContractTerm = regexp.MustCompile(`عقد\s+(?:لمدة|سنوي|قصير)`)
	// arabicInternTerm is an internship in Arabic: summer training ("تدريب
	// صيفي", "برنامج تدريبي صيفي") or co-op training ("تدريب تعاوني", the
	// Gulf's name for a student's work placement), with or without the
	// article ("التدريب التعاوني"). Training alone ("نوفر
	// التدريب", we provide training) is not read.
	arabicInternTerm = regexp.MustCompile(`تدريب(?:ي|ية)?\s+(?:ال)?(?:صيفي|تعاوني)`)
)

// arabicTermType reads arabicContractTerm and arabicInternTerm in a
// description; unknown when it has neither.
func arabicTermType(text string) model.JobType {
	switch {
	case arabicInternTerm.MatchString(text):
		return model.TypeInternship
	case arabicContractTerm.MatchString(text):
		return model.TypeContract
	}
	return model.TypeUnknown
}
