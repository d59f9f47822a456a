package normalize

import (
	"testing"

	"github.com/gigscout/gigscout/internal/model"
)

// cueOtherLineCases pin pay_cue_other_line.go: a period word in an earlier
// line or sentence that would make a salary-sized amount an hour's or a
// day's pay yields to the amount's size. Traps: the period word in the
// amount's own line, an amount that fits the period, and an amount too
// small to be a year's.
var cueOtherLineCases = []truthCase{
	{name: "daily in the sentence before", p: model.Posting{Title: "Engineer", DescriptionText: "You will ship code daily.\n\nBase pay: $150,000 - $175,000"}, pay: "150000 175000 USD year"},
	{name: "hourly heading over a salary range", p: model.Posting{Title: "Engineer", DescriptionText: "Hourly pay band\n\n$72,000 - $88,000 USD"}, pay: "72000 88000 USD year"},
	{name: "monthly stipend in the clause before", p: model.Posting{Title: "Engineer", DescriptionText: "A $250 monthly stipend for coworking; salary $104,000 - $121,000."}, pay: "104000 121000 USD year"},
	{name: "weekly in the line before", p: model.Posting{Title: "Engineer", DescriptionText: "Team syncs happen weekly\nCompensation: $120,000"}, pay: "120000 120000 USD year"},

	{name: "trap: hourly in the amount's own line", p: model.Posting{Title: "Engineer", DescriptionText: "Hourly band: $72,000 - $88,000"}, pay: "-"},
	{name: "trap: a day rate in the amount's own line", p: model.Posting{Title: "Consultant", DescriptionText: "Day rate $12,000"}, pay: "-"},
	{name: "trap: an hourly amount under an hourly heading", p: model.Posting{Title: "Tutor", DescriptionText: "Hourly\n$28 - $34"}, pay: "28 34 USD hour"},
	{name: "trap: an hourly amount after a clause with hourly", p: model.Posting{Title: "Tutor", DescriptionText: "Paid hourly; $26 - $31 depending on subject."}, pay: "26 31 USD hour"},
	{name: "trap: a daily amount in the next sentence", p: model.Posting{Title: "Consultant", DescriptionText: "Daily rate offered. Pay: $700"}, pay: "700 700 USD day"},
}

func TestCueOtherLineCases(t *testing.T) { runFieldCases(t, cueOtherLineCases) }
