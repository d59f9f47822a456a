package normalize

import (
	"testing"
	"time"

	"github.com/gigscout/gigscout/internal/model"
)

func TestServiceYearStipend(t *testing.T) {
	for _, c := range []struct {
		name, title, text string
		want              model.JobType
	}{
		{"living stipend for a term of service", "Reading Corps Member", "Members get a living stipend every two weeks for an 11-month term of service.", model.TypeVolunteer},
		{"living allowance for the service year", "City Year Mentor", "A living allowance is paid throughout the service year.", model.TypeVolunteer},
		// traps
		{"trap: year of service in benefits", "Accountant", "Extra leave after each year of service, and a living wage.", model.TypeUnknown},
		{"trap: stipend alone", "Teacher", "A living stipend for relocation is offered.", model.TypeUnknown},
	} {
		if got := ParseType("", c.title, c.text); got != c.want {
			t.Errorf("%s: ParseType(%q, %q) = %s, want %s", c.name, c.title, c.text, got, c.want)
		}
	}
}

// A post that runs a volunteer programme, named in the opening sentence,
// is no volunteer post (openingSentenceType); a programme offered is.
var volunteerRunnerCases = []truthCase{
	{name: "volunteer program offered", p: model.Posting{Title: "Garden Days", DescriptionText: "Our volunteer program meets on Saturdays."}, jobType: "volunteer"},
	{name: "trap: runs the volunteer program", p: model.Posting{Title: "Community Lead", DescriptionText: "You will run our volunteer program at three sites."}, jobType: "unknown"},
	{name: "trap: recruits volunteers", p: model.Posting{Title: "Outreach Officer", DescriptionText: "Coordinate our volunteer program and recruit volunteers."}, jobType: "unknown"},
}

func TestVolunteerRunnerCases(t *testing.T) {
	opts := Options{Now: time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)}
	for _, tc := range volunteerRunnerCases {
		t.Run(tc.name, func(t *testing.T) { checkTruthCase(t, tc, opts) })
	}
}
