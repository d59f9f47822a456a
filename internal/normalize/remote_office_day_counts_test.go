package normalize

import (
	"testing"

	"github.com/gigscout/gigscout/internal/model"
)

// A count of one to four office days before the office phrase is a hybrid
// schedule, in a workplace field and in a short description.
func TestOfficeDayCountModes(t *testing.T) {
	checkModes(t, []modeCase{
		{title: "Payroll Analyst", hint: "2 days work from office", want: model.RemoteHybrid},
		{title: "Payroll Analyst", hint: "Work model: 3 days from the office", want: model.RemoteHybrid},
		{title: "Payroll Analyst", hint: "4 days at office, Friday from home", want: model.RemoteHybrid},
		{title: "Payroll Analyst", hint: "1 day working from office", want: model.RemoteHybrid},
		{title: "Payroll Analyst", hint: "3 days from home and 2 days office", want: model.RemoteHybrid},
		{title: "QA Lead", text: "Two days work from office, the rest from home.", want: model.RemoteHybrid},
		{title: "QA Lead", text: "Schedule: 3 days a week work from office in Pune.", want: model.RemoteHybrid},
		{title: "QA Lead", text: "Remote-friendly team, but you need to be in our Bristol office 4 days a week.", want: model.RemoteHybrid},
		{title: "QA Lead", text: "This job requires you to work from our office 3 days a week.", want: model.RemoteHybrid},
		{title: "QA Lead", loc: "Remote", text: "Expect to come in to the office two days per week.", want: model.RemoteHybrid},
	})
}

// Five days, an office event and a count of something else stay as they were.
func TestOfficeDayCountTraps(t *testing.T) {
	checkModes(t, []modeCase{
		{title: "Payroll Analyst", hint: "5 days work from office", want: model.RemoteOnsite},
		{title: "Payroll Analyst", hint: "Work from office", want: model.RemoteOnsite},
		{title: "QA Lead", text: "We close the year with a 2 day office party.", want: model.RemoteUnknown},
		{title: "QA Lead", text: "Within 30 days you will work from our office in Leeds.", want: model.RemoteUnknown},
		{title: "QA Lead", text: "Five days work from office.", want: model.RemoteOnsite},
		{title: "QA Lead", text: "This role requires you to work in our office 5 days a week.", want: model.RemoteOnsite},
	})
	if officeDayCount("Paid leave of 25 days; office in Turin.") != nil {
		t.Error("a leave count read as office days")
	}
}
