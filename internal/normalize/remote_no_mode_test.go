package normalize

import (
	"testing"
	"time"

	"github.com/gigscout/gigscout/internal/model"
)

// noModeCases pin remote_no_mode.go (a "no" refusing a work mode), the
// "Hybrid: N days" label in the body hybrid cue and the "must be willing to
// relocate" on-site cue; written for this project, with traps beside them.
var noModeCases = []truthCase{
	{name: "no home working line", p: model.Posting{Title: "Clerk", DescriptionText: "Permanent post. No working from home. Based in Leeds."}, remote: "onsite"},
	{name: "capital no wfh", p: model.Posting{Title: "Clerk", DescriptionText: "Shift pattern 9-5, NO WFH, city centre office."}, remote: "onsite"},
	{name: "no hybrid and no home working", p: model.Posting{Title: "Clerk", DescriptionText: "Contract: permanent | no hybrid setup | no work-from-home option. Site: Hull."}, remote: "onsite"},
	{name: "no telework", p: model.Posting{Title: "Clerk", DescriptionText: "Please note: no teleworking for this post."}, remote: "onsite"},
	{name: "hybrid colon days beats home working", p: model.Posting{Title: "Clerk", DescriptionText: "Home working is fine. Work from home possible. Hybrid: 3 days at our York branch."}, remote: "hybrid"},
	{name: "hybrid colon days alone", p: model.Posting{Title: "Clerk", DescriptionText: "Hybrid: two days on site in Derby."}, remote: "hybrid"},
	{name: "must be willing to relocate", p: model.Posting{Title: "Clerk", DescriptionText: "The successful applicant must be ready to relocate to Inverness."}, remote: "onsite"},

	{name: "trap: no allowance for home working kit", p: model.Posting{Title: "Clerk", DescriptionText: "Fully remote team. No WFH allowance is paid."}, remote: "remote"},
	{name: "trap: no home office budget", p: model.Posting{Title: "Clerk", DescriptionText: "We are remote-first. No home office budget yet."}, remote: "remote"},
	{name: "trap: no commute then remote", p: model.Posting{Title: "Clerk", DescriptionText: "No commute: this role is fully remote."}, remote: "remote"},
	{name: "trap: no WFH restrictions beside a remote field", p: model.Posting{Title: "Clerk", Locations: []string{"Remote"}, DescriptionText: "No WFH restrictions apply: work from any country."}, remote: "remote"},
	{name: "trap: no home office limits", p: model.Posting{Title: "Clerk", DescriptionText: "No home office limits. This role is fully remote."}, remote: "remote"},
	{name: "trap: no hybrid policy", p: model.Posting{Title: "Clerk", DescriptionText: "We have no hybrid scheme at all."}, remote: "unknown"},
	{name: "trap: willing to relocate is a plus", p: model.Posting{Title: "Clerk", DescriptionText: "Fully remote role; being willing to relocate later is a plus."}, remote: "remote"},
	{name: "trap: not willing to relocate is fine", p: model.Posting{Title: "Clerk", DescriptionText: "You need not be willing to relocate."}, remote: "unknown"},
}

func TestNoModeRefusals(t *testing.T) {
	opts := Options{Now: time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)}
	for _, tc := range noModeCases {
		t.Run(tc.name, func(t *testing.T) { checkTruthCase(t, tc, opts) })
	}
}

func TestRefusedHomeWorking(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"No work from home.", "No work from home"},
		{"no WFH option here", "no WFH option"},
		{"No remote working allowed.", "No remote working allowed"},
		{"no home-office stipend", ""},
		{"No remote work experience needed.", ""},
		{"Know work from home rules.", ""},
		{"Work from home.", ""},
	} {
		if got := refusedHomeWorking(c.in); got != c.want {
			t.Errorf("refusedHomeWorking(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}
