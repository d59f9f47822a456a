package normalize

import (
	"testing"
	"time"
)

// zoneRangeCases: working days as clock ranges in one country's zone, a
// role "for people in" a place and a residence visa, beside traps that keep
// their reading.
var zoneRangeCases = []truthCase{
	{name: "zone range: ist working day", p: remoteText("Working hours: 10:00 - 19:00 IST, Monday to Friday."), regions: "IN"},
	{name: "zone range: night shift in brackets", p: remoteText("This is a night shift (9 PM to 6 AM IST)."), regions: "IN"},
	{name: "zone range: aest", p: remoteText("We work 8.30am to 5pm AEST."), regions: "AU"},
	{name: "zone range: singapore", p: remoteText("Office hours 9am-6pm SGT."), regions: "SG"},
	{name: "trap zone range: one clock time", p: remoteText("Our weekly call is at 10 AM IST."), regions: "none"},
	{name: "trap zone range: a range with no zone", p: remoteText("We work 9 to 5 with a flexible lunch."), regions: "none"},
	{name: "role for people in", p: remoteText("This is a contract role for people in Kenya or Rwanda."), regions: "KE,RW"},
	{name: "position for engineers based in", p: remoteText("The position is for engineers based in Chile."), regions: "CL"},
	{name: "trap role for people: no place", p: remoteText("It is a great role for people in their first job."), regions: "none"},
	{name: "opportunity for students in", p: remoteText("Remote opportunity for students in Nigeria, Ghana and Kenya."), regions: "NG,GH,KE"},
	{name: "internship for graduates living in", p: remoteText("The internship is for graduates living in Peru."), regions: "PE"},
	{name: "trap opportunity for students: no place", p: remoteText("A great opportunity for students in their final year."), regions: "none"},
	{name: "residence visa", p: remoteText("You must hold a valid UAE residence visa."), regions: "AE"},
	{name: "trap residence visa: help to get one", p: remoteText("We sponsor a residence visa after six months."), regions: "none"},
}

func TestZoneRangeRoleFor(t *testing.T) {
	opts := Options{Now: time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)}
	for _, tc := range zoneRangeCases {
		t.Run(tc.name, func(t *testing.T) { checkTruthCase(t, tc, opts) })
	}
}

// TestZoneHoursSlashList: a slash list of zones before "hours" or "time
// zones" reads each place.
func TestZoneHoursSlashList(t *testing.T) {
	opts := Options{Now: time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)}
	for _, tc := range []truthCase{
		{name: "slash list: au and nz zones", p: remoteText("Candidates should work in AU/NZ time zones."), regions: "AU,NZ"},
		{name: "slash list: us and uk hours", p: remoteText("You will cover US/UK business hours."), regions: "US,GB"},
		{name: "trap slash list: a ratio", p: remoteText("We split 50/50 hours between projects."), regions: "none"},
	} {
		t.Run(tc.name, func(t *testing.T) { checkTruthCase(t, tc, opts) })
	}
}
