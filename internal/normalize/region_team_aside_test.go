package normalize

import (
	"strings"
	"testing"
)

// TestTeamAsideRegions pins a closing bracketed note on the team's home
// as no place of the job, with traps where the note is the only place or
// is no team note.
func TestTeamAsideRegions(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"Remote - Mexico only (Canada team)", "MX"},
		{"Remote - Chile (UK team)", "CL"},
		{"Remote, Portugal (reporting to the UK team)", "PT"},
		{"Remote - Brazil (US-based Team)", "BR"},
		{"Poland or Romania (Germany teams)", "PL,RO"},
		// traps
		{"Remote (US team)", "US"},                // the note is the only place
		{"Remote - Mexico only (US hours)", "MX"}, // no team note: read whole, as before
		{"Remote - Spain (Madrid)", "ES"},         // a town, not a team
		{"US team", "US"},
	} {
		if got := strings.Join(Regions(tc.in), ","); got != tc.want {
			t.Errorf("Regions(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}
