package normalize

import (
	"testing"
	"time"

	"github.com/gigscout/gigscout/internal/model"
)

// Research studies and microtasks (pay_study_task.go) and prefixed
// bounty titles (type_gig_student.go), written for this project.
var studyTaskCases = []truthCase{
	// A study, questionnaire or focus group paid each.
	{name: "a range per study", p: model.Posting{Title: "Interview panel", DescriptionText: "Typical pay: $40–$90 per study"}, pay: "40 90 USD project"},
	{name: "one amount per study", p: model.Posting{Title: "Panel", DescriptionText: "Earn $75 per study you join."}, pay: "75 75 USD project"},
	{name: "per questionnaire", p: model.Posting{Title: "Survey taker", DescriptionText: "We pay €3 per questionnaire."}, pay: "3 3 EUR project"},
	{name: "per focus group", p: model.Posting{Title: "Moderated chat", DescriptionText: "£60 per focus group, held online."}, pay: "60 60 GBP project"},
	{name: "trap: an hourly study rate stays", p: model.Posting{Title: "Lab assistant", DescriptionText: "Pay: $16 per hour for the study team."}, pay: "16 16 USD hour"},

	// A bare amount under a title timing the task.
	{name: "bracketed minutes", p: model.Posting{Title: "Opinions on packaging (~ 12 minutes)", PayText: "$2.40"}, pay: "2.4 2.4 USD project"},
	{name: "for N minutes", p: model.Posting{Title: "Try our checkout for 6 minutes", PayText: "$1.75"}, pay: "1.75 1.75 USD project"},
	{name: "an N-minute survey", p: model.Posting{Title: "15-minute survey on commuting", PayText: "$3.00"}, pay: "3 3 USD project"},
	{name: "seconds of audio", p: model.Posting{Title: "Check a transcript - 45 seconds of audio", PayText: "$1.20"}, pay: "1.2 1.2 USD project"},
	{name: "a length label", p: model.Posting{Title: "Caption a lecture (Video length: 1 hour 4 minutes)", PayText: "$9.50"}, pay: "9.5 9.5 USD project"},
	{name: "trap: minutes from campus stay an hour", p: model.Posting{Title: "Barista, 10 minutes from campus", PayText: "$15.50"}, pay: "15.5 15.5 USD hour"},
	{name: "trap: a stated hour stays", p: model.Posting{Title: "Data checks (~ 20 minutes)", PayText: "$14/hr"}, pay: "14 14 USD hour"},

	// Bounty titles with a size word before the bounty.
	{name: "micro bounty tag", p: model.Posting{Title: "[MICRO-BOUNTY] Translate the README"}, jobType: "project"},
	{name: "mini bounty colon", p: model.Posting{Title: "Mini bounty: tidy the CLI flags"}, jobType: "project"},
	{name: "trap: a bounty programme manager", p: model.Posting{Title: "Bug Bounty Program Manager"}, jobType: "unknown"},
}

func TestStudyTaskPay(t *testing.T) {
	opts := Options{Now: time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)}
	for _, tc := range studyTaskCases {
		t.Run(tc.name, func(t *testing.T) { checkTruthCase(t, tc, opts) })
	}
}
