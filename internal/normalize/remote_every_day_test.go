package normalize

import (
	"testing"

	"github.com/gigscout/gigscout/internal/model"
)

// everyDayOnlyCases: remote work every day is the whole week; a mode word
// with "only" before it, alone as a sentence, is the mode.
var everyDayOnlyCases = []truthCase{
	{name: "work from home every day", p: model.Posting{Title: "Support Agent", DescriptionText: "Our agents work from home every day."}, remote: "remote"},
	{name: "wfh each working day", p: model.Posting{Title: "Support Agent", DescriptionText: "You can work from home each working day of the week."}, remote: "remote"},
	{name: "italian only on site", p: model.Posting{Title: "Sviluppatore Java", DescriptionText: "Contratto a tempo indeterminato. Solo in sede."}, remote: "onsite"},
	{name: "spanish only on site", p: model.Posting{Title: "Cajero", DescriptionText: "Horario de mañana. Solo presencial."}, remote: "onsite"},
	{name: "english only remote", p: model.Posting{Title: "Copy Editor", DescriptionText: "Part-time role. Only remote."}, remote: "remote"},
	// Traps: some days stay a perk; "only" inside a longer sentence is not read here.
	{name: "work from home on fridays", p: model.Posting{Title: "Support Agent", DescriptionText: "You may work from home on Fridays."}, remote: "!remote"},
	{name: "work from home some days", p: model.Posting{Title: "Support Agent", DescriptionText: "You may work from home 2 days a week."}, remote: "hybrid"},
}

func TestEveryDayOnlyCases(t *testing.T) { runFieldCases(t, everyDayOnlyCases) }
