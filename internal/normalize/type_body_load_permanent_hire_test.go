package normalize

import (
	"testing"
	"time"

	"github.com/gigscout/gigscout/internal/model"
)

// partLoadPermanentCases pin type_body_load_permanent_hire.go and the telework option of
// remote_office_duties.go: a weekly load written before "part time", a permanent
// post named as the hire, and telework offered as an option. Traps sit
// beside each shape.
var partLoadPermanentCases = []truthCase{
	// hoursPartBody
	{name: "hours before part time", p: model.Posting{Title: "Receptionist",
		DescriptionText: "The clinic needs someone for 18 hours part-time, mornings only."}, jobType: "part_time"},
	{name: "hours a week before part time", p: model.Posting{Title: "Tutor",
		DescriptionText: "Schedule: 12 hrs a week - part time."}, jobType: "part_time"},
	{name: "trap: hours with no part time stays a bounded gig", p: model.Posting{Title: "Logo refresh",
		DescriptionText: "About 20 hours of design work for a new logo."}, jobType: "project"},
	// permanentPostBody
	{name: "permanent staff line", p: model.Posting{Title: "Lab Technician",
		DescriptionText: "Permanent staff\nWe run a busy testing lab."}, jobType: "full_time"},
	{name: "is a permanent staff role", p: model.Posting{Title: "Chef",
		DescriptionText: "The vacancy is a permanent staff role with paid leave."}, jobType: "full_time"},
	{name: "trap: our permanent staff are other people", p: model.Posting{Title: "Cover Teacher",
		DescriptionText: "You will support our permanent staff during busy weeks."}, jobType: "unknown"},
	// teleworkOptionMode
	{name: "telework option offered", p: model.Posting{Title: "Claims Adjuster",
		DescriptionText: "Telework option for the right candidate."}, remote: "remote"},
	{name: "trap: no telecommute option", p: model.Posting{Title: "Claims Adjuster",
		DescriptionText: "There is no telecommute option for this role."}, remote: "!remote"},
}

func TestPartLoadPermanentCases(t *testing.T) {
	opts := Options{Now: time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)}
	for _, tc := range partLoadPermanentCases {
		t.Run(tc.name, func(t *testing.T) { checkFieldCase(t, tc, opts) })
	}
}
