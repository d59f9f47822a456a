package normalize

import (
	"strings"

	"github.com/gigscout/gigscout/internal/model"
)

// A job page's details table flattened to text puts each field's label on
// one line and its value on the next: "Contract\nPermanent\nWorking
// pattern\nFull-time" (NHS Jobs), "Job type\nTemporary". Read line by line,
// the bare "Contract" label looks like a contract; fieldPairType reads the
// pairs instead (table tests in type_field_pairs_test.go).

// fieldPairLabels are the labels whose next line is a type value.
var fieldPairLabels = []string{"contract", "contract type", "type of contract", "working pattern", "work pattern",
	"job type", "employment type", "position type", "job status", "employment status"}

// isFieldPairLabel reports whether line (trimmed) is one of fieldPairLabels,
// with or without a colon, ignoring case; it does not allocate.
func isFieldPairLabel(line string) bool {
	line = strings.TrimSuffix(line, ":")
	if len(line) > 20 {
		return false
	}
	for _, l := range fieldPairLabels {
		if strings.EqualFold(line, l) {
			return true
		}
	}
	return false
}

// fieldPairType reads the first label-then-value pair whose value is a
// type; a part-time working pattern beats a permanent contract, which
// says only that the post is not temporary. Unknown when there is none.
func fieldPairType(text string) model.JobType {
	found := model.TypeUnknown
	label := false
	for line := range strings.Lines(text) {
		line = strings.TrimSpace(line)
		if line == "" {
			continue
		}
		if label && len(line) <= 40 {
			switch t := MapEmploymentType(line); {
			case t == model.TypeUnknown:
			case found == model.TypeUnknown:
				found = t
			case found == model.TypeFullTime && t == model.TypePartTime:
				return t
			}
		}
		label = isFieldPairLabel(line)
	}
	return found
}
