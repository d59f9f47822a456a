package normalize

import (
	"testing"

	"github.com/gigscout/gigscout/internal/model"
)

// slashHoursCases pin type_slash_hours_abbrev.go. Traps: both abbreviations
// named, a P/T under a therapy title, an abbreviation inside a longer slash
// run, a lower-case form.
var slashHoursCases = []truthCase{
	{name: "F/T closing a title", p: model.Posting{Title: "Registered Nurse - F/T Days"}, jobType: "full_time"},
	{name: "P/T in brackets in a title", p: model.Posting{Title: "Line Cook (P/T)"}, jobType: "part_time"},
	{name: "F/T in the text", p: model.Posting{Title: "Pharmacy Technician", DescriptionText: "Hospital pharmacy, F/T, Monday to Friday."}, jobType: "full_time"},
	{name: "P/T opening the text", p: model.Posting{Title: "Cashier", DescriptionText: "P/T evenings and Saturdays at our corner store."}, jobType: "part_time"},

	{name: "trap: both offered", p: model.Posting{Title: "Shelf Stacker", DescriptionText: "Openings for F/T and P/T night crew."}, jobType: "unknown"},
	{name: "trap: P/T under a therapy title", p: model.Posting{Title: "Physical Therapist", DescriptionText: "Busy P/T clinic near the station."}, jobType: "unknown"},
	{name: "trap: inside a slash run", p: model.Posting{Title: "Office Manager", DescriptionText: "Ask about our P/T/O policy."}, jobType: "unknown"},
	{name: "trap: letters joined before", p: model.Posting{Title: "Test Engineer", DescriptionText: "The bench runs A/F/T cycles nightly."}, jobType: "unknown"},
	{name: "trap: lower case", p: model.Posting{Title: "Surveyor", DescriptionText: "Readings noted in f/t units."}, jobType: "unknown"},
}

func TestSlashHoursCases(t *testing.T) { runFieldCases(t, slashHoursCases) }
