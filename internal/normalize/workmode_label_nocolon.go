package normalize

import (
	"strings"

	"github.com/gigscout/gigscout/internal/model"
)

// A workplace field flattened from a job page's HTML keeps its label and
// value but loses the colon between them (table tests in
// workmode_label_nocolon_test.go): "Work Arrangement Hybrid: three days in
// Leeds", "Workplace type Remote", "Work model On-site (Porto)". The label
// opens a line or a sentence and the mode word follows it at once, then a
// colon, a dash, a bracket, a comma or the line's end.
var noColonModeLabel = newKeyRegexp(`(?i)(?:^|[\n.!?•|]\s*)(?:work(?:place)?[ \t]+(?:arrangement|mode|model|type)|location[ \t]+type)[ \t]+(fully[ \t]+remote|remote|hybrid|on[- ]?site|in[- ]office|in[- ]person)[ \t]*(?::|$|\n|[-–(,])`,
	24, 40, "arrangement", "work mode", "work model", "workplace type", "location type")

// noColonModeLabelMode reads the first such label; unknown and "" when
// there is none.
func noColonModeLabelMode(text string) (model.Remote, string) {
	ms := noColonModeLabel.FindAllStringSubmatchIndex(text, 1)
	if len(ms) == 0 {
		return model.RemoteUnknown, ""
	}
	m := ms[0]
	v := strings.ToLower(text[m[2]:m[3]])
	ev := strings.TrimSpace(strings.TrimLeft(text[m[0]:m[3]], "\n.!?•| \t"))
	switch {
	case strings.Contains(v, "remote"):
		return model.RemoteRemote, ev
	case v == "hybrid":
		return model.RemoteHybrid, ev
	}
	return model.RemoteOnsite, ev
}
