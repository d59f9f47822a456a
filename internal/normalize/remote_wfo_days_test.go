package normalize

import (
	"testing"

	"github.com/gigscout/gigscout/internal/model"
)

// wfoDaysCases pin wfoFewDaysBefore, with traps.
var wfoDaysCases = []truthCase{
	{name: "a count of days before WFO", p: model.Posting{Title: "QA Engineer", DescriptionText: "Work schedule: 3 days WFO, the rest from home."}, remote: "hybrid"},
	{name: "a whole text of days and WFO", p: model.Posting{Title: "Designer", DescriptionText: "2 days WFO"}, remote: "hybrid"},
	{name: "Indonesian hari", p: model.Posting{Title: "Staf Admin", DescriptionText: "Skema kerja: 2 hari WFO"}, remote: "hybrid"},
	{name: "trap: the whole week in the office", p: model.Posting{Title: "Staf Admin", DescriptionText: "Jadwal kerja 5 hari WFO, Senin sampai Jumat."}, remote: "onsite"},
	{name: "trap: WFO alone", p: model.Posting{Title: "Staf Admin", DescriptionText: "Penempatan: WFO di Jakarta."}, remote: "onsite"},
	{name: "trap: a date before WFO", p: model.Posting{Title: "Staf Admin", DescriptionText: "Mulai 12 Mei WFO."}, remote: "onsite"},
}

func TestWFODaysCases(t *testing.T) {
	runFieldCases(t, wfoDaysCases)
}
