package normalize

import (
	"github.com/gigscout/gigscout/internal/model"
)

// Two sentence frames of a description that say the work mode without a
// set phrase the body readers know (table tests in remote_join_team_both_modes_test.go):
//
//   - joining a team remotely: "to join our team remotely within Canada",
//     "join the data team remotely": remote. Joining a call, a training
//     or an interview remotely says nothing of the role (the frame needs
//     "team" or "us" before "remotely");
//   - both modes offered: "both remote and on-site work options", "both
//     in-office and remote arrangements": hybrid.
//
// A denial just before the frame ("not able to join the team remotely")
// leaves it unread. ParseRemote asks joinOrBothBodyMode when no reader decided.

var (
	// teamJoinedRemotely is a team (or us) joined remotely.
	teamJoinedRemotely = newKeyRegexp(`(?i)\bjoin(?:ing|s)?\s+(?:us|(?:our|the|their|its|a|this|my)\s+(?:[\p{L}&-]+\s+){0,3}teams?)\s+remotely\b`, 60, 10,
		"remotely")
	// bothModesOffered is both modes named as what is offered.
	bothModesOffered = newKeyRegexp(`(?i)\bboth\s+(?:(?:fully\s+)?remote|work[- ]from[- ]home)\s+(?:and|&)\s+(?:on[- ]?site|in[- ]office|in[- ]person|office[- ]based)\b|\bboth\s+(?:on[- ]?site|in[- ]office|in[- ]person|office[- ]based)\s+(?:and|&)\s+(?:(?:fully\s+)?remote|work[- ]from[- ]home)\b`, 0, 50,
		"both")
)

// joinOrBothBodyMode reads the frames above; unknown when there is none.
func joinOrBothBodyMode(text string) (model.Remote, string) {
	if loc := teamJoinedRemotely.FindStringIndex(text); loc != nil && !policyDenied.MatchString(text[max(0, loc[0]-24):loc[0]]) {
		return model.RemoteRemote, text[loc[0]:loc[1]]
	}
	if loc := bothModesOffered.FindStringIndex(text); loc != nil && !policyDenied.MatchString(text[max(0, loc[0]-24):loc[0]]) {
		return model.RemoteHybrid, text[loc[0]:loc[1]]
	}
	return model.RemoteUnknown, ""
}
