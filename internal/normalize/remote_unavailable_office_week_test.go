package normalize

import (
	"testing"
	"time"

	"github.com/gigscout/gigscout/internal/model"
)

// unavailableOfficeWeekCases pin four work-mode readers: remote or hybrid
// work called "unavailable" (strongOnsite in remote.go), a full office week
// said ahead of time or without an article (remote_office_week_ahead.go),
// "you'll be based in the office" (officeBased in remote_languages.go and
// remote_office_based_choice.go) and a hybrid week of other teams beside a
// role called remote (remote_other_teams_hybrid.go). Written for this
// project, with traps beside them.
var unavailableOfficeWeekCases = []truthCase{
	{name: "remote working unavailable", p: model.Posting{Title: "Payroll Clerk", DescriptionText: "Remote working is unavailable for this vacancy."}, remote: "onsite"},
	{name: "hybrid work currently unavailable", p: model.Posting{Title: "Stock Controller", DescriptionText: "Hybrid work is currently unavailable in the depot team."}, remote: "onsite"},
	{name: "not fully remote then office week", p: model.Posting{Title: "Data Intern", DescriptionText: "This isn't a fully remote job; you'll work in office five days."}, remote: "onsite"},
	{name: "will be at our office full-time", p: model.Posting{Title: "Receptionist", DescriptionText: "Starters will be at our Cardiff office full-time."}, remote: "onsite"},
	{name: "you'll be based in the office", p: model.Posting{Title: "Account Manager", DescriptionText: "You'll be based in the Bristol office. A few teams run hybrid."}, remote: "onsite"},
	{name: "you're based in the head office", p: model.Posting{Title: "Buyer", DescriptionText: "You're based in the head office with the buying team."}, remote: "onsite"},
	{name: "remote role other teams hybrid", p: model.Posting{Title: "Support Engineer", DescriptionText: "This position is fully remote. Some of our teams follow a hybrid model."}, remote: "remote"},
	{name: "remote role other departments hybrid", p: model.Posting{Title: "Support Engineer", DescriptionText: "This role is 100% remote. Other departments work a hybrid schedule from Leeds."}, remote: "remote"},

	{name: "trap: remote desktop unavailable", p: model.Posting{Title: "IT Technician", DescriptionText: "The remote desktop is unavailable on Sundays. This is a hybrid role."}, remote: "hybrid"},
	{name: "trap: office or home by choice", p: model.Posting{Title: "Account Manager", DescriptionText: "You'll be based in the office or at home, whichever suits you."}, remote: "unknown"},
	{name: "trap: other teams remote role hybrid", p: model.Posting{Title: "Support Engineer", DescriptionText: "Other teams work fully remote. This role follows a hybrid schedule."}, remote: "hybrid"},
	{name: "trap: teams hybrid without a remote role", p: model.Posting{Title: "Support Engineer", DescriptionText: "Most teams follow a hybrid model."}, remote: "hybrid"},
}

func TestUnavailableOfficeWeekReaders(t *testing.T) {
	opts := Options{Now: time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)}
	for _, tc := range unavailableOfficeWeekCases {
		t.Run(tc.name, func(t *testing.T) { checkTruthCase(t, tc, opts) })
	}
	// Trap: five office days a month is no full office week.
	p := model.Posting{Source: "t", ExternalID: "month", Title: "Data Intern", DescriptionText: "You will be in office 5 days a month, otherwise working remotely."}
	if got := Normalize(&p, opts).Remote; got == model.RemoteOnsite {
		t.Errorf("office days a month: got %q, want not onsite", got)
	}
}
