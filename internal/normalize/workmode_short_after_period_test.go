package normalize

import (
	"testing"

	"github.com/gigscout/gigscout/internal/model"
)

// shortAfterPeriodCases pin workmode_short_after_period.go: a short line
// "<mode> after|nach <settling-in period>" reads as its mode. Traps: an
// office head, a tail that is no period, a head that is a place, and a
// longer sentence left to the body readers.
var shortAfterPeriodCases = []truthCase{
	{name: "remote after probation line", p: model.Posting{Title: "Claims Handler", DescriptionText: "Remote after probation"}, remote: "remote"},
	{name: "german homeoffice after trial time", p: model.Posting{Title: "Disponent", DescriptionText: "Homeoffice nach der Probezeit"}, remote: "remote"},
	{name: "hybrid after onboarding line", p: model.Posting{Title: "Claims Handler", DescriptionText: "Hybrid after onboarding"}, remote: "hybrid"},
	{name: "wfh after three months", p: model.Posting{Title: "Claims Handler", DescriptionText: "WFH after 3 months"}, remote: "remote"},

	{name: "trap: office after onboarding", p: model.Posting{Title: "Claims Handler", DescriptionText: "Office after onboarding"}, remote: "unknown"},
	{name: "trap: remote after hours support", p: model.Posting{Title: "Claims Handler", DescriptionText: "Remote after hours support"}, remote: "unknown"},
	{name: "trap: city after onboarding", p: model.Posting{Title: "Claims Handler", DescriptionText: "Leipzig nach Einarbeitung"}, remote: "unknown"},
}

func TestShortAfterPeriodLines(t *testing.T) {
	for _, tc := range shortAfterPeriodCases {
		t.Run(tc.name, func(t *testing.T) { checkFieldCase(t, tc, fieldCaseOpts) })
	}
}
