package normalize

import (
	"testing"

	"github.com/gigscout/gigscout/internal/model"
)

// weekBracketWholeCases pin two shapes of a remote week: home days in
// brackets after the home word (remote.go's hybridDays) are a share of the
// week, and remote work all five days (remote_some_days.go's
// remoteWholeWeek) is fully remote. Traps: a bracketed note with no days,
// five remote days a month, three remote days a week.
var weekBracketWholeCases = []truthCase{
	{name: "home days in brackets", p: model.Posting{Title: "Claims Handler", DescriptionText: "Our policy lets you work from home (3 days per week)."}, remote: "hybrid"},
	{name: "wfh days in brackets", p: model.Posting{Title: "Claims Handler", DescriptionText: "Perks: WFH (1 day a week), pension, gym."}, remote: "hybrid"},
	{name: "remote five days a week", p: model.Posting{Title: "Claims Handler", DescriptionText: "You may work remotely 5 days per week from anywhere in Ireland."}, remote: "remote"},
	{name: "remote five days, words", p: model.Posting{Title: "Claims Handler", DescriptionText: "The team works remote five days a week."}, remote: "remote"},

	{name: "trap: bracketed note with no days", p: model.Posting{Title: "Claims Handler", DescriptionText: "Work from home (equipment provided) is our standard."}, remote: "!hybrid"},
	{name: "trap: remote days a month", p: model.Posting{Title: "Claims Handler", DescriptionText: "On site, with the option to work remote 5 days a month."}, remote: "!remote"},
	{name: "trap: three remote days stay a share", p: model.Posting{Title: "Claims Handler", DescriptionText: "You work remote 3 days a week."}, remote: "hybrid"},
}

func TestWeekBracketWholeCases(t *testing.T) { runFieldCases(t, weekBracketWholeCases) }
