package normalize

import (
	"testing"
	"time"

	"github.com/gigscout/gigscout/internal/model"
)

// officeBasedCases pin onsite_office_based.go; traps: a home office, a
// remote statement in the text.
var officeBasedCases = []truthCase{
	{name: "office based title", p: model.Posting{Title: "Office Based", Locations: []string{"Leipzig"}}, remote: "onsite"},
	{name: "office-based note", p: model.Posting{Title: "Payroll Clerk (Office-Based)"}, remote: "onsite"},
	{name: "office based lead", p: model.Posting{Title: "Office based - Claims Handler", Locations: []string{"Dortmund"}}, remote: "onsite"},

	{name: "trap: home office based", p: model.Posting{Title: "Home Office Based Sales Adviser"}, remote: "!onsite"},
	{name: "trap: remote text", p: model.Posting{Title: "Office Based Trainer", DescriptionText: "This is a fully remote role."}, remote: "remote"},
}

func TestOfficeBasedCases(t *testing.T) {
	opts := Options{Now: time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)}
	for _, tc := range officeBasedCases {
		t.Run(tc.name, func(t *testing.T) { checkFieldCase(t, tc, opts) })
	}
}
