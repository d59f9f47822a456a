package normalize

import (
	"testing"
	"time"

	"github.com/gigscout/gigscout/internal/model"
)

// A false remote flag against a location that states the
// mode, and a sentence opening "Remote" that names the job. Written in our
// own words; the outside tables are scored from outside the repository.
func TestRemoteFalseFlagLeadJob(t *testing.T) {
	cases := []postingModeCase{
		{"false flag, anywhere field", model.Posting{Title: "Support Writer", RemoteHint: "false", Locations: []string{"Anywhere"}}, model.RemoteRemote},
		{"no flag, remote europe field", model.Posting{Title: "Data Engineer", RemoteHint: "no", Locations: []string{"Remote - Europe"}}, model.RemoteRemote},
		{"false flag, city stays on-site", model.Posting{Title: "Cook", RemoteHint: "false", Locations: []string{"Denver, CO"}}, model.RemoteOnsite},
		{"false flag, city and on-site text", model.Posting{Title: "Cook", RemoteHint: "false", Locations: []string{"Remote"}, DescriptionText: "This job is on-site in our Denver kitchen five days a week."}, model.RemoteOnsite},
		{"false flag, head office field", model.Posting{Title: "Receptionist", RemoteHint: "false", Locations: []string{"Home Office"}}, model.RemoteOnsite},
		{"false flag, hybrid work type", model.Posting{Title: "Planner", RemoteHint: "false", EmploymentType: "Hybrid"}, model.RemoteHybrid},
		{"false flag, remote work type", model.Posting{Title: "Planner", RemoteHint: "0", EmploymentType: "Full-time, Remote"}, model.RemoteRemote},
		{"false flag, permanent work type", model.Posting{Title: "Planner", RemoteHint: "false", EmploymentType: "Permanent"}, model.RemoteOnsite},
		{"false flag, hybrid sentence in the text", model.Posting{Title: "Accountant", RemoteHint: "false", Locations: []string{"Leeds"}, DescriptionText: "This is a hybrid role with two office days a week."}, model.RemoteHybrid},
		{"false flag, fully remote sentence in the text", model.Posting{Title: "Accountant", RemoteHint: "no", DescriptionText: "This is a fully remote role for a small firm."}, model.RemoteRemote},
		{"false flag, remote tool in the text stays on-site", model.Posting{Title: "Technician", RemoteHint: "false", Locations: []string{"Leeds"}, DescriptionText: "You will use remote monitoring tools on site."}, model.RemoteOnsite},
		{"lead remote names the job", model.Posting{Title: "Engineer", DescriptionText: "Remote Rust and Kafka position. Four years of experience wanted."}, model.RemoteRemote},
		{"lead remote after a sentence", model.Posting{Title: "Writer", DescriptionText: "We publish guides. Remote copywriting contract for six months."}, model.RemoteRemote},
		{"remote sensing is a field", model.Posting{Title: "Analyst", DescriptionText: "Remote sensing analyst position in our lab."}, model.RemoteUnknown},
		{"lead hybrid with remote days", model.Posting{Title: "Auditor", Locations: []string{"Bristol"}, DescriptionText: "Hybrid with some home days each week."}, model.RemoteHybrid},
		{"lead hybrid with weekdays", model.Posting{Title: "Auditor", Locations: []string{"Bristol"}, DescriptionText: "Hybrid Monday to Wednesday, the rest from home."}, model.RemoteHybrid},
		{"lead hybrid with a day count", model.Posting{Title: "Auditor", DescriptionText: "Hybrid (2 days in the Leeds office)."}, model.RemoteHybrid},
		{"hybrid cloud is a field", model.Posting{Title: "Engineer", Locations: []string{"Bristol"}, DescriptionText: "Hybrid cloud experience is a plus."}, model.RemoteUnknown},
		{"remote or hybrid is not fully remote", model.Posting{Title: "Analyst", DescriptionText: "Remote or hybrid position, depending on the team."}, model.RemoteHybrid},
		{"remote patient role", model.Posting{Title: "Nurse", DescriptionText: "Remote patient monitoring role at our clinic."}, model.RemoteUnknown},
		{"remote mid-sentence is not a lead", model.Posting{Title: "Engineer", DescriptionText: "You will build remote control firmware for our job sites."}, model.RemoteUnknown},
	}
	runPostingModeCases(t, cases)
}

// postingModeCase is a whole posting and the work mode it should read.
type postingModeCase struct {
	name string
	p    model.Posting
	want model.Remote
}

// runPostingModeCases normalizes each posting and checks its work mode.
func runPostingModeCases(t *testing.T, cases []postingModeCase) {
	t.Helper()
	opts := Options{Now: time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			got := Normalize(&tc.p, opts)
			if got.Remote != tc.want {
				t.Errorf("got %q (%s), want %q", got.Remote, got.RemoteEvidence, tc.want)
			}
		})
	}
}
