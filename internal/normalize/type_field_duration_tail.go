package normalize

import (
	"regexp"

	"github.com/gigscout/gigscout/internal/model"
)

// A type field's value followed by the post's length in French, Spanish,
// Portuguese, Italian, German or Dutch ("Intérim - 1 Mois", "CDD 6 mois",
// "Temporal (3 meses)", "Befristet, 12 Monate") is read without the
// length: the length says nothing the term does not (table tests in
// type_field_duration_tail_test.go). English lengths are read by the
// word scan already ("Contract - 6 months").
var durationTail = regexp.MustCompile(`(?i)^(.*?\p{L}.*?)\s*(?:[-–—,:(]\s*)?\d{1,2}\s*(?:mois|meses|mes|mês|semaines|semanas|mesi|monate|monaten|maanden|maand)\b\s*\)?\s*\.?\s*$`)

// durationTailType maps a field's value without its length tail; unknown
// when there is no tail or the rest names no type.
func durationTailType(raw string) model.JobType {
	if len(raw) > 60 {
		return model.TypeUnknown
	}
	m := durationTail.FindStringSubmatch(raw)
	if m == nil || m[1] == raw {
		return model.TypeUnknown
	}
	return MapEmploymentType(m[1])
}

// negatedTermValue is a type field (or a terse text read as one) that
// denies a term instead of naming one: "No contract details", "Without
// contract", "No fixed term". It names no type; the term word in it must
// not be read as the post's.
var negatedTermValue = regexp.MustCompile(`(?i)^\s*(?:no|without)\s+(?:(?:a|an|any)\s+)?(?:contract|fixed[- ]term|temporary|temp|freelance|employment\s+type|job\s+type)\b`)
