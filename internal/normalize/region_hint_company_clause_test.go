package normalize

import (
	"testing"

	"github.com/gigscout/gigscout/internal/model"
)

// hintCompanyCases pin region_hint_company_clause.go: a remote-policy field
// whose places belong to a team, an office or a preference. Traps: a field
// that is a scope, a team word with no place after it, a preference with
// no comma before it (read whole).
var hintCompanyCases = []truthCase{
	{name: "team across places after the policy", p: model.Posting{Title: "QA Lead", Locations: []string{"Poland"}, RemoteHint: "Fully remote; our teams across Poland, Brazil and Vietnam work async"}, regions: "PL"},
	{name: "offices in places after the policy", p: model.Posting{Title: "QA Lead", Locations: []string{"Canada"}, RemoteHint: "Remote, with offices in London and Singapore"}, regions: "CA"},
	{name: "a preference after a comma", p: model.Posting{Title: "QA Lead", Locations: []string{"Mexico (Remote)"}, RemoteHint: "Remote-first, Mexico and Colombia applicants preferred"}, regions: "MX"},

	{name: "trap: the field is a scope", p: model.Posting{Title: "QA Lead", RemoteHint: "Remote within Spain or Portugal"}, regions: "ES,PT"},
	{name: "trap: a team word and no place", p: model.Posting{Title: "QA Lead", RemoteHint: "Remote team, Brazil only"}, regions: "BR"},
	{name: "trap: a preference with no comma before it", p: model.Posting{Title: "QA Lead", RemoteHint: "Remote Brazil candidates preferred"}, regions: "BR"},
}

func TestHintCompanyCases(t *testing.T) {
	for _, tc := range hintCompanyCases {
		t.Run(tc.name, func(t *testing.T) { checkFieldCase(t, tc, fieldCaseOpts) })
	}
}
