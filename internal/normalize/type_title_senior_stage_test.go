package normalize

import (
	"testing"

	"github.com/gigscout/gigscout/internal/model"
)

// seniorStageCases pin type_title_senior_stage.go. Traps: French and Dutch
// internship titles opening with "Stage", a seniority word after "Stage".
var seniorStageCases = []truthCase{
	{name: "senior before stage", p: model.Posting{Title: "Senior Stage Pump Technician"}, jobType: "unknown"},
	{name: "lead before stage", p: model.Posting{Title: "Lead Stage Equipment Engineer II"}, jobType: "unknown"},
	{name: "sr. before stage", p: model.Posting{Title: "Sr. Stage Operations Analyst"}, jobType: "unknown"},

	{name: "trap: stage opening a french title", p: model.Posting{Title: "Stage Ingénieur Procédés H/F"}, jobType: "internship"},
	{name: "trap: stage after a dash", p: model.Posting{Title: "Stage - Contrôle de gestion"}, jobType: "internship"},
	{name: "trap: seniority after stage", p: model.Posting{Title: "Stage Senior Data Analyst (6 mois)"}, jobType: "internship"},
	{name: "trap: a real intern word beside it", p: model.Posting{Title: "Senior Stage Intern - Marketing"}, jobType: "internship"},
}

func TestSeniorStageCases(t *testing.T) { runFieldCases(t, seniorStageCases) }
