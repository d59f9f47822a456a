package normalize

import (
	"strings"

	"github.com/gigscout/gigscout/internal/model"
)

// statusQualifiers are words an HR feed puts after a status word without
// changing it: "Regular - Unlimited" (no end date), "Salaried Employee",
// "Permanent Employee = FTE". Longest first.
var statusQualifiers = []string{"unlimited", "employee", "fte"}

// qualifiedStatusType reads a field key (letters only, lower case) that is
// a known status word followed by such qualifiers: "salariedemployee",
// "regularunlimited", "permanentemployeefte". The bare qualifiers alone stay
// unread.
func qualifiedStatusType(key string) model.JobType {
	stripped := false
	for again := true; again; {
		again = false
		for _, q := range statusQualifiers {
			if len(key) > len(q) && strings.HasSuffix(key, q) {
				key, stripped, again = key[:len(key)-len(q)], true, true
			}
		}
	}
	if !stripped {
		return model.TypeUnknown
	}
	if t, ok := employmentTypes[key]; ok {
		return t
	}
	return model.TypeUnknown
}
