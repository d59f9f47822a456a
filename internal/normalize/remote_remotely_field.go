package normalize

import (
	"strings"

	"github.com/gigscout/gigscout/internal/model"
)

// remotelyField is a job board's remote field written out at the foot of
// a description, as Indeed's ads carry it: "Work Remotely: No", "Work
// remotely: Yes", "Work Remotely: Temporarily due to COVID-19". The board
// asks the poster one question and prints the answer; a "No" or a
// temporary arrangement is no remote job (so is "Remote eligible: No"
// and "Remote? No."), and the bare words "work
// remotely" in the label must not read as a remote statement.
var remotelyField = newKeyRegexp(`(?i)(?:\bwork(?:ing)? remotely\s*:|\bremote[- ]eligible\s*:|\bremote\s*\?)\s*(yes|no|temporar(?:il)?y|sometimes|occasionally|some\s+days)\b`, 16, 40, "remotely", "eligible", "remote?", "remote ?")

// remotelyFieldMode reads the remote field; unknown and "" when none.
// "Sometimes" is the board's hybrid answer.
func remotelyFieldMode(text string) (model.Remote, string) {
	m := remotelyField.FindAllStringSubmatchIndex(text, 1)
	if m == nil {
		return model.RemoteUnknown, ""
	}
	ev := text[m[0][0]:m[0][1]]
	switch v := strings.ToLower(text[m[0][2]:m[0][3]]); {
	case v == "yes":
		return model.RemoteRemote, ev
	case v == "no" || strings.HasPrefix(v, "temporar"):
		return model.RemoteOnsite, ev
	}
	return model.RemoteHybrid, ev
}
