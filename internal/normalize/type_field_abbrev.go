package normalize

import (
	"strings"

	"github.com/gigscout/gigscout/internal/model"
)

// fieldAbbrevType reads a type field that is one staffing abbreviation:
// "FTE" (a full-time employee; "PTE", a part-time one; a fraction such as "0.6 FTE" is read by
// codeTermType) and a subcontract ("Sub-con", "Subcontractor"). Unknown for
// anything else.
func fieldAbbrevType(employmentType string) model.JobType {
	f := strings.TrimSpace(employmentType)
	if len(f) > 20 {
		return model.TypeUnknown
	}
	if strings.EqualFold(f, "FTE") {
		return model.TypeFullTime
	}
	if strings.EqualFold(f, "PTE") {
		return model.TypePartTime // a part-time employee
	}
	switch lettersLower(f) {
	case "subcon", "subcontract", "subcontractor", "subcontracting":
		return model.TypeContract
	}
	return model.TypeUnknown
}

// lettersLower is s's ASCII letters in lower case.
func lettersLower(s string) string {
	return strings.Map(func(r rune) rune {
		switch {
		case r >= 'a' && r <= 'z':
			return r
		case r >= 'A' && r <= 'Z':
			return r + 'a' - 'A'
		}
		return -1
	}, s)
}
