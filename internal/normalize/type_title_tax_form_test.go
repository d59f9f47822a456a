package normalize

import (
	"testing"
	"time"

	"github.com/gigscout/gigscout/internal/model"
)

// taxFormPRNCases: a US tax form beside part-time hours in a title,
// fee-for-service titles, and PRN written after the shifts it covers, in
// our own words, with traps for each reader.
var taxFormPRNCases = []truthCase{
	// A tax form and part-time hours: the hours are the type.
	{name: "1099 then part time", p: model.Posting{Title: "1099 Part Time Speech Therapist"}, jobType: "part_time"},
	{name: "W2 then part-time", p: model.Posting{Title: "W2 Part-Time Behavior Technician"}, jobType: "part_time"},
	{name: "part-time then W-2 in brackets", p: model.Posting{Title: "Licensed Counselor - Part-Time (W-2)"}, jobType: "part_time"},
	{name: "trap: 1099 alone stays contract", p: model.Posting{Title: "1099 Speech Therapist"}, jobType: "contract"},
	{name: "trap: part-time beside a real contract word", p: model.Posting{Title: "1099 Contract Part-Time Tutor"}, jobType: "contract"},
	{name: "trap: part time with a freelance word", p: model.Posting{Title: "W2 Part Time Freelance Editor"}, jobType: "contract"},
	{name: "trap: full-time field beside a 1099 title", p: model.Posting{Title: "1099 Occupational Therapist", EmploymentType: "Full-Time"}, jobType: "full_time"},
	// Fee for service in a title.
	{name: "fee for service after a dash", p: model.Posting{Title: "Clinical Psychologist - Fee For Service"}, jobType: "contract"},
	{name: "fee-for-service hyphened", p: model.Posting{Title: "Fee-for-Service Family Therapist"}, jobType: "contract"},
	{name: "trap: fee for service under a full-time field", p: model.Posting{Title: "Psychiatrist - Fee For Service", EmploymentType: "Full-time"}, jobType: "full_time"},
	{name: "trap: fee for service billing in the text only", p: model.Posting{Title: "Clinic Nurse", DescriptionText: "Our clinic bills on a fee for service model."}, jobType: "unknown"},
	{name: "trap: fee schedule analyst", p: model.Posting{Title: "Fee Schedule Analyst"}, jobType: "unknown"},
	// PRN after the shifts it covers, or after "available".
	{name: "pick up shifts PRN", p: model.Posting{Title: "Respiratory Therapist", DescriptionText: "Pick up evening shifts PRN at our two hospitals."}, jobType: "contract"},
	{name: "available PRN", p: model.Posting{Title: "Sonographer", DescriptionText: "Candidates must be available PRN for holiday coverage."}, jobType: "contract"},
	{name: "cover shift PRN", p: model.Posting{Title: "Pharmacist", DescriptionText: "You will cover a shift PRN when staff are away."}, jobType: "contract"},
	{name: "trap: medications PRN", p: model.Posting{Title: "Registered Nurse", DescriptionText: "Give medications PRN per the care plan."}, jobType: "unknown"},
	{name: "trap: available PRN medications", p: model.Posting{Title: "Registered Nurse", DescriptionText: "Check the available PRN medications each morning."}, jobType: "unknown"},
	{name: "trap: PRN coverage alone", p: model.Posting{Title: "Registered Nurse", DescriptionText: "Arrange PRN coverage for the ward."}, jobType: "unknown"},
	{name: "trap: shifts PRN doses", p: model.Posting{Title: "Registered Nurse", DescriptionText: "Track which shifts PRN doses were given on."}, jobType: "unknown"},
}

func TestTaxFormPRNShifts(t *testing.T) {
	opts := Options{Now: time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)}
	for _, tc := range taxFormPRNCases {
		t.Run(tc.name, func(t *testing.T) { checkTruthCase(t, tc, opts) })
	}
}
