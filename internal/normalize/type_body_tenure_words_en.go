package normalize

import (
	"regexp"
	"strings"

	"github.com/gigscout/gigscout/internal/model"
)

// English tenure words the sentence readers missed (table tests in
// type_body_tenure_words_en_test.go):
//   - a fixed-term post with its length in brackets or a secondment:
//     "Fixed-term (2 years) position", "a 6-month fixed-term secondment";
//   - temporary cover: "Temporary cover for a colleague on sick leave";
//   - PRN as the post's status before its noun: "This is a PRN (as needed)
//     role", "hiring PRN CNAs" (capitals only: "prn" in a drug chart is
//     not a status);
//   - one locum named as the hire: "seeking a locum pharmacist";
//   - seasonal employment: "Seasonal employment, May through September",
//     "Seasonal associates work from mid-November through mid-January" (as
//     the sentence's subject: "hiring seasonal staff" is someone's duty);
//   - freelance with a second adjective before the noun: "a freelance,
//     task-based opportunity".
//
// Traps: "fixed-term deposits" and "our seasonal business" name no post;
// "PRN medication" and "PRN coverage" are duties; "our locum doctors"
// names others; a sentence about the reader's past or a post that
// supervises others (pastContext) is skipped.
var (
	tenureWordsContractEN = newKeyRegexp(`(?i)\b(?:fixed[- ]term\s*(?:\([^)\n]{1,24}\)\s*)?(?:secondment|post|position|role|appointment|contract|vacancy|assignment)|temporary\s+cover\b|an?\s+locum\b|seasonal\s+(?:employment|hire|appointment)|(?:^|[.!?]\s+|\n\s*)seasonal\s+(?:retail\s+|sales\s+|store\s+|warehouse\s+)?(?:associates|staff|workers|employees|team\s+members)\s+(?:work|will|are|start|help|join)|freelance,\s+[a-z]+(?:-[a-z]+)?\s+(?:opportunity|role|position|engagement|job))\b`,
		40, 80, "fixed", "temporary", "locum", "seasonal", "freelance")
	prnPostEN = regexp.MustCompile(`\bPRN\s*(?:\([^)\n]{1,20}\)\s*)?(?:role|position|job|shifts?|basis|status|opportunit(?:y|ies)|nurses?|CNAs?|RNs?|LPNs?|therapists?|technicians?|[Pp]harmacists?)\b`)
)

// tenureWordsENType is a contract when text names one of the tenure words
// above as the post, else unknown.
func tenureWordsENType(text string) model.JobType {
	hit := func(loc []int) bool {
		if pastContext(text, loc[0]) || containsAnyFold(text[max(0, loc[0]-40):loc[0]], pastBefore) {
			return false
		}
		return !containsAnyFold(text[max(0, loc[0]-12):loc[0]], []string{"not a ", "no ", "not "})
	}
	for _, loc := range tenureWordsContractEN.FindAllStringIndex(text, 4) { // around its key words only (the shared key scan)
		if hit(loc) {
			return model.TypeContract
		}
	}
	if strings.Contains(text, "PRN") { // prnPostEN reads capitals only
		for _, loc := range prnPostEN.FindAllStringIndex(text, 4) {
			if hit(loc) {
				return model.TypeContract
			}
		}
	}
	return model.TypeUnknown
}
