package normalize

import (
	"testing"
	"time"

	"github.com/gigscout/gigscout/internal/model"
)

// Bounty titles, gig sentences, work-study and student job titles
// (type_gig_student.go), with near misses that name a programme, the gig
// economy, students as users or a study.
var gigStudentTypeCases = []truthCase{
	{name: "a bounty title", p: model.Posting{Title: "Bounty: Add CSV export"}, jobType: "project"},
	{name: "a bracketed bounty title", p: model.Posting{Title: "[Bounty] Fix flaky upload test"}, jobType: "project"},
	{name: "an amount before a bounty title", p: model.Posting{Title: "$400 Bounty - Port the parser to Rust"}, jobType: "project"},
	{name: "a sentence calling the post a gig", p: model.Posting{Title: "Voice-over artist", DescriptionText: "This is a paid one-day gig in our studio."}, jobType: "project"},
	{name: "it's a gig", p: model.Posting{Title: "Photographer", DescriptionText: "It's a short gig: one product shoot."}, jobType: "project"},
	{name: "a work-study title", p: model.Posting{Title: "Work-Study: Lab Assistant"}, jobType: "internship"},
	{name: "federal work-study in the text", p: model.Posting{Title: "Library Aide", DescriptionText: "Open to students with a Federal Work-Study award."}, jobType: "internship"},
	{name: "a student worker title", p: model.Posting{Title: "Student Worker - Recreation Center"}, jobType: "internship"},
	{name: "a student assistant title", p: model.Posting{Title: "Student Assistant, Admissions Office"}, jobType: "internship"},
	{name: "a part-time student assistant title", p: model.Posting{Title: "Part-Time Student Assistant - Library"}, jobType: "part_time"},
	{name: "a student worker title saying part time after it", p: model.Posting{Title: "Student Worker (Part Time), Campus Dining"}, jobType: "part_time"},
	{name: "trap: a bounty programme manager", p: model.Posting{Title: "Bug Bounty Program Manager"}, jobType: "unknown"},
	{name: "trap: a bounty word opening a longer title", p: model.Posting{Title: "Bounty Hunter Operations Lead"}, jobType: "unknown"},
	{name: "trap: a gig economy company", p: model.Posting{Title: "Backend Engineer", DescriptionText: "This is a fast-growing gig economy company."}, jobType: "unknown"},
	{name: "trap: gig workers as users", p: model.Posting{Title: "Product Designer", DescriptionText: "We build tools for gig workers."}, jobType: "unknown"},
	{name: "trap: a student success role", p: model.Posting{Title: "Student Success Advisor"}, jobType: "unknown"},
	{name: "trap: a clinical study", p: model.Posting{Title: "Clinical Study Coordinator", DescriptionText: "Coordinate a multi-site study."}, jobType: "unknown"},
	{name: "trap: the source's part-time type beats a student title", p: model.Posting{Title: "Student Assistant", EmploymentType: "Part-time"}, jobType: "part_time"},
}

func TestGigStudentTypeCases(t *testing.T) {
	opts := Options{Now: time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)}
	for _, tc := range gigStudentTypeCases {
		t.Run(tc.name, func(t *testing.T) { checkTruthCase(t, tc, opts) })
	}
}
