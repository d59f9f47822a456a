package normalize

import (
	"strings"

	"github.com/gigscout/gigscout/internal/model"
)

// Two work-mode wordings the body readers miss (table tests in
// remote_split_schedule_test.go):
//   - a remote role that is remote only part of the time: "This is an
//     intermittent remote position", "a schedule that includes both at
//     home and on-site hours" is hybrid, though a "Remote Work" heading
//     reads remote (the split must name the schedule, hours, days, work,
//     time, so "managing both remote and in-office teams" stays remote);
//   - a posting placed in a city that takes remote people too: "Open to
//     remote candidates" is remote by our convention that a remote option
//     is remote ("not open to remote candidates" is read as on-site first).
var (
	splitScheduleHybrid = newKeyRegexp(`(?i)\b(?:intermittent(?:ly)? remote|(?:both|a mix of|a combination of) (?:at home|from home|remote|remotely|home) and (?:on[- ]site|in[- ]office|in the office|in[- ]person|at (?:the|our|a) (?:office|site|location))[ -](?:hours|days|work|time|schedule))\b`,
		30, 80, "intermittent", "both", "mix of", "combination of")
	openToRemote = newKeyRegexp(`(?i)\bopen to (?:fully |100% )?remote (?:candidates|applicants|workers|employees|talent|hires)\b`, 10, 40, "open to")
	// openToRemoteDenied is a denial just before "open to remote": "not
	// open to remote candidates", "isn't open to".
	openToRemoteDenied = []string{"not ", "n't ", "never "}
)

// splitScheduleRemote revises a reading: remote to hybrid when the text
// says the remote work is only part of the schedule, unknown to remote when
// it opens the post to remote candidates.
func splitScheduleRemote(text string, r model.Remote, ev string) (model.Remote, string) {
	switch r {
	case model.RemoteRemote:
		if loc := splitScheduleHybrid.FindStringIndex(text); loc != nil {
			return model.RemoteHybrid, "text: " + text[loc[0]:loc[1]]
		}
	case model.RemoteUnknown:
		for _, loc := range openToRemote.FindAllStringIndex(text, 4) {
			before := strings.ToLower(text[max(0, loc[0]-8):loc[0]])
			denied := false
			for _, d := range openToRemoteDenied {
				denied = denied || strings.HasSuffix(before, d)
			}
			if !denied {
				return model.RemoteRemote, "text: " + text[loc[0]:loc[1]]
			}
		}
	}
	return r, ev
}
