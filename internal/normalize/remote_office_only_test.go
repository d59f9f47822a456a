package normalize

import (
	"testing"
	"time"

	"github.com/gigscout/gigscout/internal/model"
)

// officeOnlyCases: a remote location or flag beside a description that
// keeps the worker at an office, and a title closed by "Anywhere", in our
// own words, with the near misses that must not change.
var officeOnlyCases = []truthCase{
	{name: "in-office only beside a remote location", p: model.Posting{Title: "Payroll Clerk", Locations: []string{"Remote"}, DescriptionText: "In-office only; no home working."}, remote: "onsite"},
	{name: "on-site only with a dash", p: model.Posting{Title: "Lab Aide", RemoteHint: "remote", DescriptionText: "Onsite only - this lab cannot be staffed from home."}, remote: "onsite"},
	{name: "an office-only position", p: model.Posting{Title: "Receptionist", Locations: []string{"Remote - UK"}, DescriptionText: "Please note this is an office-only position in Bristol."}, remote: "onsite"},
	{name: "must report to the office", p: model.Posting{Title: "Dispatcher", Locations: []string{"Remote"}, DescriptionText: "Staff must report to the depot office at 7am every day."}, remote: "onsite"},
	{name: "will need to report to our office", p: model.Posting{Title: "Buyer", RemoteHint: "Remote", DescriptionText: "You will need to report to our Glasgow office on your first day and after that daily."}, remote: "onsite"},
	{name: "office only with no location", p: model.Posting{Title: "Porter", DescriptionText: "On-site only."}, remote: "onsite"},
	{name: "anywhere closing the title", p: model.Posting{Title: "Copy Editor - Anywhere"}, remote: "remote"},
	{name: "anywhere in brackets closing the title", p: model.Posting{Title: "QA Tester (Anywhere)"}, remote: "remote"},
	{name: "trap: on-site only for a spell", p: model.Posting{Title: "Planner", Locations: []string{"Remote"}, DescriptionText: "Fully remote team; on-site only for the onboarding week."}, remote: "remote"},
	{name: "trap: reporting to a person", p: model.Posting{Title: "Planner", Locations: []string{"Remote"}, DescriptionText: "You must report to the office manager in Leeds."}, remote: "remote"},
	{name: "trap: remote only", p: model.Posting{Title: "Planner", Locations: []string{"Remote"}, DescriptionText: "Remote only. No office."}, remote: "remote"},
	{name: "trap: anywhere inside a company name", p: model.Posting{Title: "Broker - Anywhere Homes Group"}, remote: "unknown"},
	{name: "trap: anywhere opening a product title", p: model.Posting{Title: "Anywhere Platform Developer"}, remote: "unknown"},
}

func TestOfficeOnly(t *testing.T) {
	opts := Options{Now: time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)}
	for _, tc := range officeOnlyCases {
		t.Run(tc.name, func(t *testing.T) { checkTruthCase(t, tc, opts) })
	}
}

func FuzzOfficeOnlyWording(f *testing.F) {
	for _, tc := range officeOnlyCases {
		f.Add(tc.p.DescriptionText)
	}
	f.Fuzz(func(t *testing.T, text string) {
		if ev := officeOnlyWording(text); ev != "" && len(ev) > len(text) {
			t.Fatalf("officeOnlyWording(%q) = %q", text, ev)
		}
	})
}
