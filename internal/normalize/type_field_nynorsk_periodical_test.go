package normalize

import (
	"testing"
	"time"

	"github.com/gigscout/gigscout/internal/model"
)

// nynorskPeriodicalCases: the Nynorsk spelling of full time ("heiltid",
// Bokmål "heltid") and the English work-type value "Periodical" (periodic,
// seasonal work) in an employment-type field, in our own words, with traps.
var nynorskPeriodicalCases = []truthCase{
	{name: "nynorsk full time in a type field", p: model.Posting{Title: "Sjukepleiar", EmploymentType: "Heiltid"}, jobType: "full_time"},
	{name: "nynorsk full-time post", p: model.Posting{Title: "Sjukepleiar", EmploymentType: "Heiltidsstilling"}, jobType: "full_time"},
	{name: "nynorsk full time with a cover post is a contract", p: model.Posting{Title: "Sjukepleiar", EmploymentType: "Heiltid, vikariat"}, jobType: "contract"},
	{name: "trap: part time stays part time", p: model.Posting{Title: "Sjukepleiar", EmploymentType: "Deltid"}, jobType: "part_time"},
	{name: "trap: a short word is no hours", p: model.Posting{Title: "Sjukepleiar", EmploymentType: "Heil"}, jobType: "unknown"},

	{name: "periodical work type", p: model.Posting{Title: "Tour Guide", EmploymentType: "Periodical"}, jobType: "contract"},
	{name: "periodical work type in capitals", p: model.Posting{Title: "Tour Guide", EmploymentType: "PERIODICAL"}, jobType: "contract"},
	{name: "trap: periodical reviews is no work type", p: model.Posting{Title: "Tour Guide", EmploymentType: "Periodical reviews"}, jobType: "unknown"},
	{name: "trap: a periodicals title is no type", p: model.Posting{Title: "Periodicals Librarian"}, jobType: "unknown"},
	{name: "trap: a periodical in the text is no type", p: model.Posting{Title: "Editor", DescriptionText: "You will edit our periodical newsletter for members."}, jobType: "unknown"},
}

func TestNynorskPeriodicalFieldTypes(t *testing.T) {
	opts := Options{Now: time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)}
	for _, tc := range nynorskPeriodicalCases {
		t.Run(tc.name, func(t *testing.T) { checkTruthCase(t, tc, opts) })
	}
}
