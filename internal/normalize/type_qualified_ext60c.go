package normalize

import (
	"strings"

	"github.com/gigscout/gigscout/internal/model"
)

// ext60cQualifiers are words an HR feed puts after a status word without
// changing it: "Regular - Unlimited" (no end date), "Salaried Employee",
// "Permanent Employee = FTE". Longest first.
var ext60cQualifiers = []string{"unlimited", "employee", "fte"}

// ext60cQualifiedType reads a field key (letters only, lower case) that is
// a known status word followed by such qualifiers: "salariedemployee",
// "regularunlimited", "permanentemployeefte". The bare qualifiers alone stay
// unread.
func ext60cQualifiedType(key string) model.JobType {
	stripped := false
	for again := true; again; {
		again = false
		for _, q := range ext60cQualifiers {
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
