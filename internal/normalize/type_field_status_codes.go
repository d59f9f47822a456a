package normalize

import (
	"strings"

	"github.com/gigscout/gigscout/internal/model"
)

// A hospital status code standing alone in the employment-type field
// (table tests in type_field_status_codes_test.go). The systems that end a
// title with "PTR(N0425-0112)" also export the same code as the whole
// type value: "TPT", "FTR", "CAS". It is read with the title code's table
// (type_hospital_codes.go): part-time and casual codes part time,
// full-time temporary codes a contract, the rest full time. Only a field
// that is exactly one code in capitals counts, so a longer value, a
// lower-case word ("cas") or a code inside a sentence is left to the
// other readers.
func statusCodeFieldType(employmentType string) model.JobType {
	s := strings.TrimSpace(employmentType)
	if len(s) != 3 {
		return model.TypeUnknown
	}
	if t, ok := hospitalCodeTypes[s]; ok {
		return t
	}
	return model.TypeUnknown
}
