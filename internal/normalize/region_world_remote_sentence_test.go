package normalize

import (
	"testing"

	"github.com/gigscout/gigscout/internal/model"
)

// worldRemoteSentenceCases pin region_world_remote_sentence.go: a sentence
// that opens with the world scope, "remote" and a job word. Traps: the
// pair inside a sentence, before a word that is no job, before
// "remote-first".
var worldRemoteSentenceCases = []truthCase{
	{name: "whole description", p: model.Posting{Title: "Support Engineer", RemoteHint: "Remote", DescriptionText: "Worldwide remote position."}, remote: "remote", regions: "worldwide"},
	{name: "global, then more", p: model.Posting{Title: "Support Engineer", RemoteHint: "Remote", DescriptionText: "Global remote role. We pay monthly in USD."}, remote: "remote", regions: "worldwide"},
	{name: "after an earlier sentence", p: model.Posting{Title: "Support Engineer", RemoteHint: "Remote", DescriptionText: "We build tools for florists. Global remote opportunity for a patient writer."}, remote: "remote", regions: "worldwide"},
	{name: "a bulleted line", p: model.Posting{Title: "Support Engineer", RemoteHint: "Remote", DescriptionText: "About the job\n- Worldwide-remote contract, 20 hours a week"}, remote: "remote", regions: "worldwide"},

	{name: "trap: inside a sentence", p: model.Posting{Title: "Support Engineer", RemoteHint: "Remote", DescriptionText: "You will join our global remote team of forty people."}, remote: "remote", regions: "none"},
	{name: "trap: no job word after", p: model.Posting{Title: "Support Engineer", RemoteHint: "Remote", DescriptionText: "Global remote work is how we grew."}, remote: "remote", regions: "none"},
	{name: "trap: remote-first", p: model.Posting{Title: "Support Engineer", RemoteHint: "Remote", DescriptionText: "Global remote-first company."}, remote: "remote", regions: "none"},
}

func TestWorldRemoteSentenceCases(t *testing.T) {
	for _, tc := range worldRemoteSentenceCases {
		t.Run(tc.name, func(t *testing.T) { checkFieldCase(t, tc, fieldCaseOpts) })
	}
}
