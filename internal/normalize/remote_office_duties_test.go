package normalize

import (
	"testing"
	"time"

	"github.com/gigscout/gigscout/internal/model"
)

// officeDutyCases pin remote_office_duties.go: a count of office days in an office
// named by its town beside a remote place, and a stated duty to attend the
// office beside a remote place. Traps sit beside each shape.
var officeDutyCases = []truthCase{
	// namedOfficeWeek
	{name: "two days in our named office", p: model.Posting{Title: "Planner", Locations: []string{"Remote"},
		DescriptionText: "Hybrid arrangement: two days in our Bristol office, the rest from home."}, remote: "hybrid"},
	{name: "three days at the named office a week", p: model.Posting{Title: "Analyst", Locations: []string{"Remote - UK"},
		DescriptionText: "We ask for 3 days a week at the Milton Keynes office."}, remote: "hybrid"},
	{name: "one day in a two-word town office", p: model.Posting{Title: "Editor", Locations: []string{"Remote"},
		DescriptionText: "Expect 1 day in our Salt Lake office for planning."}, remote: "hybrid"},
	{name: "trap: first days in the named office", p: model.Posting{Title: "Designer", Locations: []string{"Remote"},
		DescriptionText: "Fully remote. You will spend your first 3 days in our Dublin office for induction."}, remote: "remote"},
	{name: "trap: lower-case word before office", p: model.Posting{Title: "Support Agent", Locations: []string{"Remote"},
		DescriptionText: "Fully remote. Last year we spent 4 days in the new office painting walls."}, remote: "remote"},
	// reviseOfficeAttendance
	{name: "office attendance required", p: model.Posting{Title: "Producer", Locations: []string{"Remote"},
		DescriptionText: "Remote role. Office attendance is required for quarterly planning and weekly reviews."}, remote: "hybrid"},
	{name: "mandatory in-person presence", p: model.Posting{Title: "Coordinator", Locations: []string{"Remote - US"},
		DescriptionText: "Mostly remote, with mandatory in-person presence for team rituals."}, remote: "hybrid"},
	{name: "trap: no office attendance required", p: model.Posting{Title: "Writer", Locations: []string{"Remote"},
		DescriptionText: "Work from anywhere; no office attendance required."}, remote: "remote"},
	{name: "trap: occasional office attendance expected", p: model.Posting{Title: "Developer", Locations: []string{"Remote"},
		DescriptionText: "Fully remote with occasional office attendance expected for offsites."}, remote: "remote"},
	{name: "trap: attendance on site but place unknown", p: model.Posting{Title: "Nurse", Locations: []string{"Tulsa, OK"},
		DescriptionText: "On-site attendance is required at all shifts."}, remote: "!remote"},
}

func TestOfficeDutyCases(t *testing.T) {
	opts := Options{Now: time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)}
	for _, tc := range officeDutyCases {
		t.Run(tc.name, func(t *testing.T) { checkFieldCase(t, tc, opts) })
	}
}
