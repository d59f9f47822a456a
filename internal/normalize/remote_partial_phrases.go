package normalize

import "github.com/gigscout/gigscout/internal/model"

// Work done "in (a) hybrid mode" ("two years in hybrid mode in Oslo",
// "the team works in a hybrid mode") is a hybrid week, read only when
// nothing else named a mode (table tests in
// remote_partial_phrases_test.go). A machine that runs, drives or
// switches in hybrid mode (an engine, a vehicle) is not a work mode, nor
// is "hybrid mode" used as an adjective ("hybrid mode screens").
var hybridModeRe = newKeyRegexp(`(?i)\b(?:(run|runs|running|ran|drive|drives|driving|driven|switch|switches|switched|switching)\s+)?in\s+(?:a\s+)?hybrid\s+mode\b`,
	40, 0, "hybrid mode")

// partialRemotePhrase returns hybrid and the words read when text works
// "in hybrid mode", else unknown.
func partialRemotePhrase(text string) (model.Remote, string) {
	for _, m := range hybridModeRe.FindAllStringSubmatch(text, -1) {
		if m[1] == "" {
			return model.RemoteHybrid, m[0]
		}
	}
	return model.RemoteUnknown, ""
}
