package normalize

import "github.com/gigscout/gigscout/internal/model"

// Type-field words a broad sample of other projects' employment-type
// tables (round 107) showed the world tables lacked; table tests and traps
// in type_field_words_partial_cooperado_test.go. They join worldTerms
// (worldExact, worldStems) and follow its readings:
//
//   - "Partial-time" (Brazilian boards' English for "meio período") is part
//     time, as "half-time" is.
//   - A "cooperado" works through a cooperative, not on
//     the payroll: a contract, as "PJ" and "autônomo" are.
//   - "Permanent position" (also written "permanent_position" by boards'
//     enums) is a permanent post alone: full time, as "permanent" is.
//
// All are exact (the whole field part), so a "Cooperado" in a longer
// phrase or a sentence keeps its own reading.
var partialCooperadoWorldTerms = []worldTerm{
	{"partial-time", model.TypePartTime, true}, {"partial time", model.TypePartTime, true},
	{"cooperado", model.TypeContract, true},
	{"permanent position", model.TypeFullTime, true},
}
