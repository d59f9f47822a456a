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
	splitScheduleHybrid = newKeyWindowed(newCueRegexp(`(?i)\b(?:intermittent(?:ly)? remote|(?:both|a mix of|a combination of) (?:at home|from home|remote|remotely|home) and (?:on[- ]site|in[- ]office|in the office|in[- ]person|at (?:the|our|a) (?:office|site|location))[ -](?:hours|days|work|time|schedule))\b`),
		"intermittent", "both", "mix", "combination")
	openToRemote = newKeyWindowed(newCueRegexp(`(?i)\bopen to (?:fully |100% )?remote (?:candidates|applicants|workers|employees|talent|hires)\b`), "open")
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
		if !mayHaveSplitSchedule(text) {
			break
		}
		if locs := splitScheduleHybrid.FindAllStringIndex(text, 1); len(locs) > 0 {
			loc := locs[0]
			return model.RemoteHybrid, "text: " + text[loc[0]:loc[1]]
		}
	case model.RemoteUnknown:
		if !hasFold(text, "open to remote") && !hasFold(text, "open to fully remote") && !hasFold(text, "open to 100% remote") {
			break
		}
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

// splitScheduleStarts are the literal starts of splitScheduleHybrid's
// matches: every match holds one.
var splitScheduleStarts = []string{"intermittent", "both at home", "both from home", "both remote", "both home",
	"mix of at home", "mix of from home", "mix of remote", "mix of home", "combination of at home", "combination of from home",
	"combination of remote", "combination of home"}

// splitScheduleGate is splitScheduleStarts' word gate (word_gate.go).
var splitScheduleGate = newFoldGate(splitScheduleStarts...)

// mayHaveSplitSchedule reports whether text holds one of splitScheduleStarts.
func mayHaveSplitSchedule(text string) bool {
	if !splitScheduleGate.may(text) {
		return false
	}
	for _, w := range splitScheduleStarts {
		if hasFold(text, w) {
			return true
		}
	}
	return false
}
