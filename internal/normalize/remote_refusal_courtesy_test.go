package normalize

import (
	"testing"
	"time"

	"github.com/gigscout/gigscout/internal/model"
)

// refusalCourtesyCases pin a refusal of remote applicants closed by a
// courtesy word with no comma before it ("… please.", "… thanks!"), as
// refusalTail in remote_no_remote_applicants.go reads it.
var refusalCourtesyCases = []truthCase{
	{name: "please without a comma", p: model.Posting{Title: "Warehouse Lead",
		DescriptionText: "Office-based team in Leeds. No remote candidates please."}, remote: "onsite"},
	{name: "on-site wording then a refusal", p: model.Posting{Title: "Studio Assistant",
		DescriptionText: "This is an in-office job. No remote applicants please."}, remote: "onsite"},
	{name: "thanks without a comma", p: model.Posting{Title: "Bakery Shift Lead",
		DescriptionText: "No remote applications thanks!"}, remote: "onsite"},
	{name: "trap: a scope after the courtesy word", p: model.Posting{Title: "Support Agent",
		DescriptionText: "No remote applicants please from outside Ireland."}, remote: "!onsite"},
	{name: "trap: pleased is not please", p: model.Posting{Title: "Support Agent",
		DescriptionText: "No remote applicants pleased us more than Maria."}, remote: "!onsite"},
	{name: "trap: remote applicants welcome", p: model.Posting{Title: "Support Agent",
		DescriptionText: "Remote applicants welcome please apply."}, remote: "!onsite"},
}

func TestRefusalCourtesyCases(t *testing.T) {
	opts := Options{Now: time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)}
	for _, tc := range refusalCourtesyCases {
		t.Run(tc.name, func(t *testing.T) { checkFieldCase(t, tc, opts) })
	}
}
