package normalize

import (
	"strings"

	"github.com/gigscout/gigscout/internal/model"
)

// Some hospital and public-sector boards (SuccessFactors exports among
// them) fill the employment type field with a tenure word, a pay basis,
// the hours as FT or PT, the workload and the number of posts:
// "Permanent Hourly FT (100%) x 1", "Regular Salaried PT ( 60% )". The
// tenure and pay words say nothing about hours, the workload and the head
// count only repeat them, so FT or PT decides. A temporary or casual word,
// or any other word, leaves the field to the other readers.

// tenurePayWords are the lower-case words of such a field that say nothing
// about hours.
var tenurePayWords = map[string]bool{"permanent": true, "perm": true, "regular": true, "ongoing": true,
	"hourly": true, "salaried": true, "salary": true, "exempt": true, "nonexempt": true, "non": true}

// tenurePayHoursCode reads a field of tenure or pay words with one FT or PT
// code; TypeUnknown for any other field, a bare "FT" or "PT" included.
func tenurePayHoursCode(field string) model.JobType {
	if len(field) > 80 || !(containsFold(field, "ft") || containsFold(field, "pt")) {
		return model.TypeUnknown
	}
	hours, qualified := model.TypeUnknown, false
	for _, w := range strings.FieldsFunc(strings.ToLower(field), func(r rune) bool {
		return r == ' ' || r == '(' || r == ')' || r == ',' || r == '-' || r == '/' || r == '\t'
	}) {
		switch {
		case w == "ft" || w == "pt":
			if hours != model.TypeUnknown {
				return model.TypeUnknown // two codes: "FT PT"
			}
			hours = model.TypeFullTime
			if w == "pt" {
				hours = model.TypePartTime
			}
		case tenurePayWords[w]:
			qualified = true
		case strings.Trim(strings.TrimPrefix(w, "x"), "0123456789.%") == "":
			// the workload ("100%") or the head count ("1", "x3")
		default:
			return model.TypeUnknown
		}
	}
	if !qualified {
		return model.TypeUnknown
	}
	return hours
}
