package normalize

import (
	"testing"

	"github.com/gigscout/gigscout/internal/model"
)

// An employment-type field holding a work-mode token (remote_employment_mode_tokens.go).
func TestEmploymentModeTokens(t *testing.T) {
	cases := []struct {
		name, emp, title string
		want             model.Remote
	}{
		{"schema.org telecommute", "TELECOMMUTE", "Support Analyst", model.RemoteRemote},
		{"telecommute beside a schedule", "FULL_TIME, TELECOMMUTE", "Claims Examiner", model.RemoteRemote},
		{"remote only", "Remote Only", "Copy Editor", model.RemoteRemote},
		{"telework", "Part-time / Telework", "Tutor", model.RemoteRemote},
		// traps: a contract kind, a longer phrase, a bare schedule
		{"contract kind", "Contract", "Copy Editor", model.RemoteUnknown},
		{"telecommute allowance", "Telecommute allowance paid", "Copy Editor", model.RemoteUnknown},
		{"full time", "FULL_TIME", "Claims Examiner", model.RemoteUnknown},
	}
	for _, c := range cases {
		p := model.Posting{Title: c.title, EmploymentType: c.emp}
		l := Normalize(&p, Options{})
		if l.Remote != c.want {
			t.Errorf("%s: %q -> %s (%s), want %s", c.name, c.emp, l.Remote, l.RemoteEvidence, c.want)
		}
	}
}
