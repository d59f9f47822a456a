package normalize

import (
	"testing"
	"time"

	"github.com/gigscout/gigscout/internal/model"
)

// remoteWelcomeCases pin remoteWelcomeMode, with traps.
var remoteWelcomeCases = []truthCase{
	{name: "remote applicants welcome to apply", p: model.Posting{Title: "Payroll Analyst",
		DescriptionText: "You will reconcile payroll runs each month. Remote applicants welcome to apply."}, remote: "remote"},
	{name: "remote candidates are very welcome", p: model.Posting{Title: "Copy Editor",
		DescriptionText: "We publish three magazines. Remote candidates are very welcome."}, remote: "remote"},
	{name: "remote hires welcomed", p: model.Posting{Title: "Data Steward",
		DescriptionText: "Remote hires welcomed across our teams."}, remote: "remote"},
	{name: "trap: a refusal before the welcome words", p: model.Posting{Title: "Depot Planner",
		DescriptionText: "No remote candidates welcome for this depot post."}, remote: "!remote"},
	{name: "trap: welcome denied", p: model.Posting{Title: "Lab Aide",
		DescriptionText: "Remote applicants are not welcome; the lab is in Oslo."}, remote: "!remote"},
	{name: "trap: a compound before remote", p: model.Posting{Title: "Store Clerk",
		DescriptionText: "Non-remote applicants welcome."}, remote: "!remote"},
	{name: "trap: a technology, not a way of working", p: model.Posting{Title: "Mapping Analyst",
		DescriptionText: "Remote sensing graduates welcome."}, remote: "!remote"},
	{name: "trap: a hybrid statement still decides", p: model.Posting{Title: "Account Manager",
		DescriptionText: "This is a hybrid role with three office days each week. Remote applicants welcome."}, remote: "hybrid"},
}

func TestRemoteWelcomeCases(t *testing.T) {
	opts := Options{Now: time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)}
	for _, tc := range remoteWelcomeCases {
		t.Run(tc.name, func(t *testing.T) { checkFieldCase(t, tc, opts) })
	}
}
