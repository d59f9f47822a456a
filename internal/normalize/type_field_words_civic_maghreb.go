package normalize

import "github.com/gigscout/gigscout/internal/model"

// Type-field words a broad sample of other projects' employment-type
// tables (round 106) showed the world tables lacked; table tests and traps
// in type_field_words_civic_maghreb_test.go. They join worldTerms
// (worldExact, worldStems) and follow its readings:
//
//   - France's civic service ("Service civique", a "Volontaire" in it) is
//     volunteering: an allowance, not a wage. "Volontaire" is exact (the
//     whole field part), so a "Volontaire International en Entreprise"
//     (VIE) keeps its own reading.
//   - A French "contrat de projet" is a fixed-term contract that ends with
//     its project, so a contract, as "CDD" is.
//   - The Maghreb's تربص (and متربص, the intern) is an internship, as the
//     title reader already takes it (isMaghrebInternTitle).
var civicMaghrebWorldTerms = []worldTerm{
	{"service civique", model.TypeVolunteer, false}, {"volontaire", model.TypeVolunteer, true},
	{"contrat de projet", model.TypeContract, false},
	{"تربص", model.TypeInternship, false}, {"متربص", model.TypeInternship, false},
}
