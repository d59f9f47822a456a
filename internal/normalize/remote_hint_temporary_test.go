package normalize

import (
	"testing"

	"github.com/gigscout/gigscout/internal/model"
)

// temporaryHintCases pin remote_hint_temporary.go in our own words: a
// workplace field remote only for a named passing spell names no mode;
// traps keep the remote readings of plain and place-bound fields.
var temporaryHintCases = []truthCase{
	{name: "remote for the pandemic", p: model.Posting{Title: "Claims Clerk", RemoteHint: "Remote while the COVID rules last"}, remote: "unknown"},
	{name: "home work due to covid", p: model.Posting{Title: "Claims Clerk", RemoteHint: "WFH due to Covid-19"}, remote: "unknown"},
	{name: "remote until notice", p: model.Posting{Title: "Claims Clerk", RemoteHint: "Remote until further notice"}, remote: "unknown"},
	{name: "pandemic telework", p: model.Posting{Title: "Claims Clerk", RemoteHint: "Telework (pandemic)"}, remote: "unknown"},
	// traps
	{name: "trap: plain remote", p: model.Posting{Title: "Claims Clerk", RemoteHint: "Remote"}, remote: "remote"},
	{name: "trap: remote with a place", p: model.Posting{Title: "Claims Clerk", RemoteHint: "Remote - Ohio"}, remote: "remote"},
	{name: "trap: covid alone", p: model.Posting{Title: "Claims Clerk", RemoteHint: "COVID vaccination required"}, remote: "unknown"},
	{name: "trap: temporarily remote stays unknown", p: model.Posting{Title: "Claims Clerk", RemoteHint: "Temporarily remote"}, remote: "unknown"},
}

func TestTemporaryHintCases(t *testing.T) {
	for _, tc := range temporaryHintCases {
		t.Run(tc.name, func(t *testing.T) { checkFieldCase(t, tc, Options{}) })
	}
}
