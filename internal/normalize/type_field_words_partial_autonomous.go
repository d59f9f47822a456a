package normalize

import "github.com/gigscout/gigscout/internal/model"

// Type-field words a broad sample of other projects' employment-type
// tables (round 107) showed the world tables lacked; table tests and traps
// in type_field_words_partial_autonomous_test.go. They join worldTerms
// (worldExact, worldStems) and follow its readings:
//
//   - "Partial-time" (Brazilian boards' English for "meio período") is part
//     time, as "half-time" is.
//   - "Autonomous" (Brazilian boards' English for "autônomo", a
//     self-employed worker) is off the payroll: a contract, as "PJ" is.
//   - "Permanent position" (also written "permanent_position" by boards'
//     enums) is a permanent post alone: full time, as "permanent" is.
//
// All are exact (the whole field part), so "Autonomous" in a longer
// phrase ("Autonomous vehicles") keeps its own reading.
var partialAutonomousWorldTerms = []worldTerm{
	{"partial-time", model.TypePartTime, true}, {"partial time", model.TypePartTime, true},
	{"autonomous", model.TypeContract, true},
	{"permanent position", model.TypeFullTime, true},
}
