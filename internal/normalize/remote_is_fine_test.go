package normalize

import (
	"testing"
	"time"

	"github.com/gigscout/gigscout/internal/model"
)

// remoteFineCases pin remoteFineMode through the whole normalizer, with
// traps for limits after the phrase and refusals before it.
var remoteFineCases = []truthCase{
	{name: "remote is okay as a sentence", p: model.Posting{Title: "Bookkeeper",
		DescriptionText: "Small accounting team. Remote is okay."}, remote: "remote"},
	{name: "remote work is perfectly fine", p: model.Posting{Title: "QA Tester",
		DescriptionText: "Remote work is perfectly fine, we ship test builds to you."}, remote: "remote"},
	{name: "remote is acceptable for this position", p: model.Posting{Title: "Grant Writer",
		DescriptionText: "Remote is acceptable for this position"}, remote: "remote"},
	{name: "trap: fine only on certain days", p: model.Posting{Title: "Office Coordinator",
		DescriptionText: "Remote is fine on Fridays, the rest of the week is at the desk."}, remote: "!remote"},
	{name: "trap: fine only for a first period", p: model.Posting{Title: "Analyst",
		DescriptionText: "Remote is ok for the first month while the office is refitted."}, remote: "!remote"},
	{name: "trap: not ok", p: model.Posting{Title: "Cashier",
		DescriptionText: "Remote is not ok for this store role."}, remote: "!remote"},
	{name: "trap: a compound before remote", p: model.Posting{Title: "Porter",
		DescriptionText: "Non-remote is fine with us."}, remote: "!remote"},
	{name: "trap: a remote thing, not a way of working", p: model.Posting{Title: "AV Technician",
		DescriptionText: "The TV remote is fine; the projector needs a new lamp."}, remote: "!remote"},
}

func TestRemoteFineCases(t *testing.T) {
	opts := Options{Now: time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)}
	for _, tc := range remoteFineCases {
		t.Run(tc.name, func(t *testing.T) { checkFieldCase(t, tc, opts) })
	}
}
