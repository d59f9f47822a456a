package normalize

import (
	"testing"

	"github.com/gigscout/gigscout/internal/model"
)

// officeDaysBareCases pin remote_office_days_bare.go: one to four office
// days with no week named are a weekly share when the clause ends there or
// the home or remote days stand beside them. Traps: days for onboarding,
// days a month, days before an event, five days.
var officeDaysBareCases = []truthCase{
	{name: "count ends the sentence", p: model.Posting{Title: "Payroll Analyst", DescriptionText: "Expect to be in the office 3 days."}, remote: "hybrid"},
	{name: "remote days beside", p: model.Posting{Title: "Payroll Analyst", DescriptionText: "In office 2 days, remote 3 days. Laptop provided."}, remote: "hybrid"},
	{name: "home the rest", p: model.Posting{Title: "Payroll Analyst", DescriptionText: "You work in our office one day and from home the rest of the week."}, remote: "hybrid"},
	{name: "hyphened in-office", p: model.Posting{Title: "Payroll Analyst", DescriptionText: "Schedule: in-office 2 days; flexible hours."}, remote: "hybrid"},

	{name: "trap: a remote field beside", p: model.Posting{Title: "Payroll Analyst", RemoteHint: "Remote", DescriptionText: "In office 3 days"}, remote: "remote"},
	{name: "trap: onboarding days", p: model.Posting{Title: "Payroll Analyst", DescriptionText: "Fully remote after you spend in the office 2 days for onboarding."}, remote: "remote"},
	{name: "trap: days a month", p: model.Posting{Title: "Payroll Analyst", DescriptionText: "The team meets in the office 2 days a month."}, remote: "unknown"},
	{name: "trap: days before a launch", p: model.Posting{Title: "Payroll Analyst", DescriptionText: "We gather in the office 3 days before each launch."}, remote: "unknown"},
	{name: "trap: an officer's days", p: model.Posting{Title: "Payroll Analyst", DescriptionText: "Shadow our compliance officer 2 days."}, remote: "unknown"},
}

func TestOfficeDaysBareCases(t *testing.T) { runFieldCases(t, officeDaysBareCases) }
