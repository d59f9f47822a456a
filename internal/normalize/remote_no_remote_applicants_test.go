package normalize

import (
	"strings"
	"testing"
	"time"

	"github.com/gigscout/gigscout/internal/model"
)

// noRemoteApplicantsCases pin reviseNoRemoteApplicants, with traps.
var noRemoteApplicantsCases = []truthCase{
	{name: "no remote or interstate applicants", p: model.Posting{Title: "Site Planner", Locations: []string{"Geelong, VIC"},
		DescriptionText: "Our depot runs Monday to Friday. No remote or interstate applicants."}, remote: "onsite"},
	{name: "no interstate or remote candidates", p: model.Posting{Title: "Site Planner", Locations: []string{"Hamilton"},
		DescriptionText: "No interstate or remote candidates, please!"}, remote: "onsite"},
	{name: "remote applications will not be considered", p: model.Posting{Title: "Lab Technician",
		DescriptionText: "The lab is in Ghent and remote applications will not be considered."}, remote: "onsite"},
	{name: "not accepting remote candidates", p: model.Posting{Title: "Barista Trainer",
		DescriptionText: "We are not accepting remote candidates for this opening."}, remote: "onsite"},
	{name: "refusal in a long text", p: model.Posting{Title: "Site Planner", Locations: []string{"Geelong, VIC"},
		DescriptionText: strings.Repeat("You will plan crews and order parts for the depot every week. ", 12) + "No remote applicants."}, remote: "onsite"},
	{name: "trap: a scope after the refusal", p: model.Posting{Title: "Support Agent", Locations: []string{"Remote"},
		DescriptionText: "No remote applicants from outside Canada."}, remote: "remote"},
	{name: "trap: scope with unknown mode stays unknown", p: model.Posting{Title: "Support Agent",
		DescriptionText: "No remote applicants from outside Canada, thanks."}, remote: "!onsite"},
	{name: "trap: a bracketed scope after the refusal", p: model.Posting{Title: "Support Agent",
		DescriptionText: "No remote applicants (outside the EU) can be hired."}, remote: "!onsite"},
	{name: "trap: remote applicants welcome", p: model.Posting{Title: "Support Agent",
		DescriptionText: "Remote applicants are welcome; no relocation needed."}, remote: "!onsite"},
	{name: "trap: a remote flag is not overridden", p: model.Posting{Title: "Support Agent", RemoteHint: "remote",
		DescriptionText: "No remote applicants."}, remote: "remote"},
}

func TestNoRemoteApplicantsCases(t *testing.T) {
	opts := Options{Now: time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)}
	for _, tc := range noRemoteApplicantsCases {
		t.Run(tc.name, func(t *testing.T) { checkFieldCase(t, tc, opts) })
	}
}
