package normalize

import (
	"testing"

	"github.com/gigscout/gigscout/internal/model"
)

func TestLabelPairType(t *testing.T) {
	for _, c := range []struct {
		name, text string
		want       model.JobType
	}{
		{"permanent then part-time pattern", "Salary: £28,000 pro rata\nContract type: Permanent\nWorking pattern: Part-time\nLocation: Bristol", model.TypePartTime},
		{"permanent then full pattern", "Contract: Permanent\nWorking pattern: Full time, Flexible working", model.TypeFullTime},
		{"schedule then temporary", "Work schedule: Full-time\nAppointment type: Temporary\nSeries: 0343", model.TypeContract},
		{"hours line", "Contract type: Permanent\nHours: Part time (22.5 hours)", model.TypePartTime},
		{"term appointment", "Appointment type: Term - NTE 2 years\nWork schedule: Full-time", model.TypeContract},
		{"fixed term and part hours", "Contract type: Fixed term\nWorking pattern: Part time", model.TypeContract},
		{"no tenure label: hours decide", "Working pattern: Part time\nClosing date: 3 March", model.TypePartTime},
		{"workday time type", "Job Type: Regular\nTime Type: Part time\nJob Requisition ID: R-0042", model.TypePartTime},
		{"workday sub-type", "Worker Type: Employee\nWorker Sub-Type: Fixed Term (Fixed Term)\nTime Type: Full time", model.TypeContract},
		{"type of contract alone", "Location: Porto\nType of contract: Internship\nStart: May", model.TypeInternship},
		{"tenure alone", "Tenure: Fixed term to 30 June", model.TypeContract},
		// traps: one label alone is left to the label reader
		{"contract type alone", "Contract type: Permanent\nLocation: Leeds", model.TypeFullTime},
		{"contract word in prose", "We will send the contract: please sign it within a week.", model.TypeUnknown},
		{"pattern words in prose", "You will design a repeatable working pattern for the warehouse team.", model.TypeUnknown},
	} {
		if got := ParseType("", "Officer", c.text); got != c.want {
			t.Errorf("%s: ParseType(%q) = %s, want %s", c.name, c.text, got, c.want)
		}
	}
}
