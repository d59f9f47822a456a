package normalize

import (
	"testing"

	"github.com/gigscout/gigscout/internal/model"
)

// workedHourCases pin rates given for an hour or a day of work with a word
// before the period: "per working hour", "per billable hour", "per paid
// task-hour", "per man-hour", "per contact hour", "per working day".
// Traps: an hour of output ("per recorded audio hour") stays unread, "per
// task" stays a piece's price, and plain "per hour" reads as before.
var workedHourCases = []truthCase{
	{name: "working hour in a pay field", p: model.Posting{Title: "Transcriber", PayText: "EUR 18 per working hour"}, pay: "18 18 EUR hour"},
	{name: "billable hour in text", p: model.Posting{Title: "Consultant", DescriptionText: "Contractors invoice $95 per billable hour, monthly."}, pay: "95 95 USD hour"},
	{name: "two words before a hyphenated hour", p: model.Posting{Title: "Rater", PayText: "$22–$35 per paid task-hour"}, pay: "22 35 USD hour"},
	{name: "man-hour is an hour of work", p: model.Posting{Title: "Welder", DescriptionText: "Subcontract rate: £28 per man-hour on site."}, pay: "28 28 GBP hour"},
	{name: "contact hour for a tutor", p: model.Posting{Title: "Tutor", DescriptionText: "Tutors are paid $40 per contact hour with students."}, pay: "40 40 USD hour"},
	{name: "up to a working-hour rate", p: model.Posting{Title: "Evaluator", PayText: "Up to USD 60 per working hour"}, pay: "60 60 USD hour"},
	{name: "working day", p: model.Posting{Title: "Surveyor", DescriptionText: "We pay £320 per working day plus mileage."}, pay: "320 320 GBP day"},

	{name: "trap: an hour of recorded output", p: model.Posting{Title: "Narrator", PayText: "USD 150 per recorded audio hour"}, pay: "-"},
	{name: "trap: per task stays a piece price", p: model.Posting{Title: "Tester", PayText: "$12 per task"}, pay: "12 12 USD project"},
	{name: "trap: plain per hour", p: model.Posting{Title: "Tester", PayText: "$31 per hour"}, pay: "31 31 USD hour"},
	{name: "trap: per active user is no rate", p: model.Posting{Title: "Engineer", DescriptionText: "Hosting costs about $3 per active user. Salary is discussed on the call."}, pay: "-"},
}

func TestWorkedHourCases(t *testing.T) {
	runFieldCases(t, workedHourCases)
}
