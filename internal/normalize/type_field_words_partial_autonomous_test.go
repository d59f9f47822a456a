package normalize

import (
	"strings"
	"testing"
	"time"

	"github.com/gigscout/gigscout/internal/model"
)

// partialAutonomousTypeCases: type fields in the words of type_field_words_partial_autonomous.go, written for this project, with traps beside them.
var partialAutonomousTypeCases = []truthCase{
	{name: "partial time hyphenated", p: model.Posting{Title: "Recepcionista", EmploymentType: "Partial-time"}, jobType: "part_time"},
	{name: "partial time spaced", p: model.Posting{Title: "Atendente", EmploymentType: "partial time"}, jobType: "part_time"},
	{name: "self-employed in english", p: model.Posting{Title: "Motorista", EmploymentType: "Autonomous"}, jobType: "contract"},
	{name: "permanent position enum", p: model.Posting{Title: "Buchhalter", EmploymentType: "permanent_position"}, jobType: "full_time"},
	{name: "permanent position words", p: model.Posting{Title: "Accountant", EmploymentType: "Permanent Position"}, jobType: "full_time"},

	// Traps: a partial remote field, an autonomous-vehicles team and a permanent position named in passing are not read.
	{name: "trap autonomous in a phrase", p: model.Posting{Title: "Engineer", EmploymentType: "Autonomous vehicles team"}, jobType: "unknown"},
	{name: "trap partial remote", p: model.Posting{Title: "Analyst", EmploymentType: "Partial remote"}, jobType: "unknown"},
	{name: "trap permanent position sentence", p: model.Posting{Title: "Analyst", DescriptionText: "This role may become a permanent position later."}, jobType: "unknown"},
}

func TestPartialAutonomousTypeWords(t *testing.T) {
	opts := Options{Now: time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)}
	for i, tc := range partialAutonomousTypeCases {
		if i%raceThin() != 0 && !strings.HasPrefix(tc.name, "trap") {
			continue // thinned under -race and -short; the traps always run
		}
		t.Run(tc.name, func(t *testing.T) { checkTruthCase(t, tc, opts) })
	}
}
