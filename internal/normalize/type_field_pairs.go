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
var fieldPairLabels = map[string]bool{
	"contract": true, "contract type": true, "type of contract": true, "working pattern": true, "work pattern": true,
	"job type": true, "employment type": true, "position type": true, "job status": true, "employment status": true,
}

// fieldPairType reads the first label-then-value pair whose value is a
// type; a part-time working pattern beats a permanent contract, which
// says only that the post is not temporary. Unknown when there is none.
func fieldPairType(text string) model.JobType {
	if !fieldPairGate(text) {
		return model.TypeUnknown
	}
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
		label = len(line) <= 20 && fieldPairLabels[strings.ToLower(strings.TrimRight(line, ":"))]
	}
	return found
}

// fieldPairGate reports whether text has a label ending a line, with or
// without a colon: the cheap test before fieldPairType reads lines.
func fieldPairGate(text string) bool {
	for _, end := range []string{"ontract", "attern", "ype", "tatus"} {
		if strings.Contains(text, end+"\n") || strings.Contains(text, end+":\n") {
			return true
		}
	}
	return false
}
