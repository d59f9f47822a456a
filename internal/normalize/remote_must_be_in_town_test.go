package normalize

import (
	"testing"
	"time"

	"github.com/gigscout/gigscout/internal/model"
)

// A residence demand naming a town reads as on-site; one naming a country,
// a state or an area does not (remote_must_be_in_town.go).
var mustBeInTownCases = []truthCase{
	{name: "based in a town", p: model.Posting{Title: "Accountant", DescriptionText: "Applicants must be based in Lyon."}, remote: "onsite"},
	{name: "live in a town", p: model.Posting{Title: "Technician", DescriptionText: "The team is small. You must live in Rotterdam!"}, remote: "onsite"},
	{name: "located in a town", p: model.Posting{Title: "Clerk", DescriptionText: "Must be located in Manchester"}, remote: "onsite"},
	{name: "trap: a country", p: model.Posting{Title: "Accountant", DescriptionText: "Applicants must be based in Portugal."}, remote: "unknown"},
	{name: "trap: a us state", p: model.Posting{Title: "Accountant", DescriptionText: "Applicants must reside in Ohio."}, remote: "unknown"},
	{name: "trap: an area", p: model.Posting{Title: "Accountant", DescriptionText: "Applicants must be located in Europe."}, remote: "unknown"},
	{name: "trap: a remote text", p: model.Posting{Title: "Accountant", DescriptionText: "Remote role. You must be based in Lyon."}, remote: "remote"},
	{name: "trap: a town list goes on", p: model.Posting{Title: "Accountant", DescriptionText: "You must live in Lyon or any other city in France."}, remote: "unknown"},
}

func TestMustBeInTownRemote(t *testing.T) {
	opts := Options{Now: time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)}
	for _, tc := range mustBeInTownCases {
		t.Run(tc.name, func(t *testing.T) { checkTruthCase(t, tc, opts) })
	}
}
